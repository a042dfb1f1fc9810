import type { components } from '@conduit/specs/scriptix';
import type { WindowCount } from '../kernel/rate-limit-windows.js';

type Schemas = components['schemas'];

/** Where the mock answers: the client's default base URL, and the v4 realtime-control base. */
export const scriptixBaseUrl = 'https://api.scriptix.io/api/v3';
/** The v4 base URL (realtime control) the mock also answers on. */
export const scriptixBaseUrlV4 = 'https://api.scriptix.io/api/v4';

/** A key in the documented format (Scriptix documents no prefix; examples show `token_…`). */
export const scriptixTestKey = 'token_abc123def456ghi789jkl012mno345pq';

/** One session in the mock, with its owner (results are readable only with the creating token). */
export interface MockScriptixSession {
  /** The session as the API returns it. */
  record: Schemas['Session'];
  /** The key (secret) that created the session; only it may read the results. */
  owner: string;
  /** Kind of document the session produces. */
  documentType: Schemas['DocumentType'];
  /** The uploaded media, once it arrived. */
  media:
    | {
        /** The media bytes. */
        bytes: Uint8Array;
        /** Content type it was uploaded with, when any. */
        contentType: string | undefined;
      }
    | undefined;
  /** Polls answered since the media arrived. */
  polls: number;
}

/** One TUS upload assembled in memory. */
export interface MockScriptixTusUpload {
  /** TUS upload id. */
  fileId: string;
  /** Session the upload belongs to. */
  sessionId: string;
  /** The key (secret) that created the upload. */
  owner: string;
  /** Declared total size in bytes (`Upload-Length`). */
  length: number;
  /** Bytes received so far (`Upload-Offset`). */
  offset: number;
  /** Bytes received, in order. */
  pieces: Uint8Array[];
  /** Decoded `Upload-Metadata` pairs. */
  metadata: Record<string, string>;
}

/** One document, attached to a session. */
export interface MockScriptixDocument {
  /** Session the document is attached to. */
  sessionId: string;
  /** The key (secret) that created the document. */
  owner: string;
  /** The document as the API returns it. */
  record: Schemas['Document'];
}

/** The whole in-memory state of one Scriptix mock. */
export interface ScriptixMockState {
  /** Sessions by id. */
  sessions: Map<string, MockScriptixSession>;
  /** TUS uploads by file id. */
  uploads: Map<string, MockScriptixTusUpload>;
  /** Documents by id. */
  documents: Map<string, MockScriptixDocument>;
  /** API tokens created through the account endpoints, by id. */
  tokens: Map<string, Schemas['CreatedToken']>;
  /** Keys revoked through the account endpoints (answered 401). */
  revokedKeys: Set<string>;
  /** Custom models by id. */
  customModels: Map<string, Schemas['CustomModel']>;
  /** Reseller customers' webhooks, by customer id. */
  customerWebhooks: Map<string, Array<Record<string, unknown>>>;
  /** Reseller customers' transcripts, by customer id. */
  customerTranscripts: Map<string, Schemas['ResellerTranscript'][]>;
  /** Polls after the media arrived until a session is `done` (the first ones answer `processing`). */
  pollsUntilDone: number;
  /** Each entry makes one TUS PATCH keep only that many bytes and then drop the connection. */
  tusInterruptions: number[];
  /** What `initializeRealtime` answers as `endpoint` (point it at a local WebSocket server in tests). */
  realtimeEndpoint: string;
  /** Requests allowed per key and window; the handlers answer 429 beyond it. */
  rateLimit: {
    /** Requests allowed per window. */
    limit: number;
    /** Window length in milliseconds. */
    windowMs: number;
  };
  /** Rate-limit windows per key. */
  windows: Map<string, WindowCount>;
  /** The next numeric id to issue. */
  nextId: number;
}

/** A fresh state, with one reseller customer (4021) that has a transcript and a webhook. */
export function createScriptixState(): ScriptixMockState {
  return {
    sessions: new Map(),
    uploads: new Map(),
    documents: new Map(),
    tokens: new Map(),
    revokedKeys: new Set(),
    customModels: new Map(),
    customerWebhooks: new Map([
      ['4021', [{ id: 12, url: 'https://hooks.example.org/scriptix', method: 'POST', created_at: '2024-01-05T08:00:00Z' }]],
    ]),
    customerTranscripts: new Map([
      [
        '4021',
        [
          {
            id: 184467,
            session_id: '5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b',
            status: 3,
            filename: 'interview.mp3',
            language: 'en',
            duration: 2.4,
            created_at: '2024-03-18T09:14:02Z',
          },
          {
            id: 184468,
            session_id: '6a3c9d2f0b8e5f4a9c7b1d2e3f4a5b6c',
            status: 3,
            filename: 'podcast.mp3',
            language: 'nl',
            duration: 61.2,
            created_at: '2024-03-19T10:00:00Z',
          },
        ],
      ],
    ]),
    pollsUntilDone: 2,
    tusInterruptions: [],
    realtimeEndpoint: 'wss://realtime.scriptix.io/v2/realtime',
    rateLimit: { limit: 1000, windowMs: 60_000 },
    windows: new Map(),
    nextId: 1000,
  };
}

/** A new hex id, 32 characters like the docs' session ids. */
export function mintHexId(state: ScriptixMockState): string {
  state.nextId++;
  return `${state.nextId.toString(16).padStart(8, '0')}${'5f2b8c1e9a7d4e3f8b6a0c1d'}`;
}

/** The transcript every finished mock session gets (the docs' example). */
export const mockTranscript: Schemas['TranscriptSegment'][] = [
  {
    result: [
      ['Welcome', 0.52, 0.98, 0.97],
      ['to', 0.98, 1.1, 0.99],
      ['the', 1.1, 1.22, 0.99],
      ['show', 1.22, 1.71, 0.95],
    ],
    speaker: 'S1',
    text: 'Welcome to the show',
    sconf: 0.97,
    channel: 0,
  },
  {
    result: [
      ['Thanks', 2.1, 2.5, 0.96],
      ['for', 2.5, 2.62, 0.98],
      ['having', 2.62, 2.95, 0.97],
      ['me', 2.95, 3.2, 0.99],
    ],
    speaker: 'S2',
    text: 'Thanks for having me',
    sconf: 0.97,
    channel: 0,
  },
];
