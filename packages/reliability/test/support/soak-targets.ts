import { createApiVideoClient } from '@conduit/apivideo';
import { apiKeyHeader, createTransport, type Sleep } from '@conduit/core';
import { createGenAIClient } from '@conduit/genai';
import { createHesedVidClient } from '@conduit/hesedvid';
import { createScriptixClient } from '@conduit/scriptix';
import { createViddyScribeClient } from '@conduit/viddyscribe';
import { providerKeys } from './provider-mocks.js';

/** Client settings every soak target shares. Durations are milliseconds. */
export interface SoakSettings {
  timeout: number;
  deadline: number;
  maxRetries: number;
  sleep: Sleep;
  /** The fetch under every transport (adds the call's marker header). */
  fetch: typeof globalThis.fetch;
}

/** One kind of call the soak makes. */
export interface SoakOperation {
  /** `<target>.<operation>` */
  name: string;
  /** Whether the server may receive this call more than once (safe method, `idempotent: true`, or an idempotency key). */
  repeatable: boolean;
  /** Whether the call carries an idempotency key that must be the same on every attempt. */
  keyed: boolean;
  /** Makes the call with `marker` in its body or query (where the API has a free field). */
  run(marker: string): Promise<unknown>;
}

/** A client under test and the credential it must send on every attempt. */
export interface SoakTarget {
  /** Path prefix on the fault server (`/genai`, ...); `core` is the bare transport. */
  id: string;
  /** Credential headers every request at the main origin must carry, exactly. */
  expectedAuth: Record<string, string>;
  operations: SoakOperation[];
}

/** The key of the bare-transport target. */
export const coreKey = 'core_live_5d1f0c9a8b7e6d5c4b3a2f1e0d9c';

const op = (name: string, repeatable: boolean, run: (marker: string) => Promise<unknown>, keyed = false): SoakOperation => ({
  name,
  repeatable,
  keyed,
  run,
});

function coreTarget(url: string, settings: SoakSettings): SoakTarget {
  const base = { provider: 'core', auth: apiKeyHeader('X-Core-Key')(coreKey), ...settings };
  const plain = createTransport(base);
  const keyed = createTransport({ ...base, idempotencyKeyHeader: 'Idempotency-Key' });
  // The echo must carry the marker: truncated or swapped data would fail here as a non-Conduit error.
  const checked = async (marker: string, response: Promise<Response>) => {
    const body = (await (await response).json()) as { path: string; echo: string };
    if (!`${body.path}${body.echo}`.includes(marker)) {
      throw new Error(`core echo without marker ${marker}: ${JSON.stringify(body).slice(0, 200)}`);
    }
    return body;
  };
  const post = (marker: string) => ({ method: 'POST', body: JSON.stringify({ marker }), headers: { 'content-type': 'application/json' } });
  return {
    id: 'core',
    expectedAuth: { 'x-core-key': coreKey },
    operations: [
      op('core.get', true, (marker) => checked(marker, plain(`${url}/core/items?marker=${marker}`))),
      op('core.post', false, (marker) => checked(marker, plain(`${url}/core/items`, post(marker)))),
      op('core.post-keyed', true, (marker) => checked(marker, keyed(`${url}/core/items`, post(marker))), true),
      op('core.put', true, (marker) => checked(marker, plain(`${url}/core/items/${marker}`, { ...post(marker), method: 'PUT' }))),
    ],
  };
}

/**
 * Every provider client and the bare core transport, pointed at the fault server, with the
 * soak's small timeout, deadline and retries. `jobId` is a ViddyScribe job that exists upstream.
 */
export function createSoakTargets(url: string, settings: SoakSettings, jobId: string): SoakTarget[] {
  const common = { ...settings, backoff: { baseDelayMs: 20, maxDelayMs: 80 } };
  const genai = createGenAIClient({ ...common, apiKey: providerKeys.genai, baseUrl: `${url}/genai` });
  const viddyscribe = createViddyScribeClient({
    ...common,
    apiKey: providerKeys.viddyscribe,
    baseUrl: `${url}/viddyscribe`,
    uploadReadyTimeout: 1,
  });
  const hesedvid = createHesedVidClient({
    ...common,
    apiKey: providerKeys.hesedvid,
    baseUrl: `${url}/hesedvid`,
    orgId: 'org_123456789',
    environment: 'prod',
  });
  const scriptix = createScriptixClient({ ...common, apiKey: providerKeys.scriptix, baseUrl: `${url}/scriptix` });
  const apivideo = createApiVideoClient({ ...common, apiKey: providerKeys.apivideo, baseUrl: `${url}/apivideo` });
  const mediaUrl = (marker: string) => `https://media.example.com/${marker}.mp4`;
  return [
    coreTarget(url, settings),
    {
      id: 'genai',
      expectedAuth: { authorization: `Bearer ${providerKeys.genai}` },
      operations: [
        op('genai.listModels', true, () => genai.listModels()),
        op('genai.generate', false, (marker) => genai.generate({ prompt: `soak ${marker}`, model: 'gpt-4' })),
        op('genai.analyze', true, (marker) => genai.analyze({ text: `soak ${marker}`, tasks: ['sentiment'] }, { idempotent: true })),
      ],
    },
    {
      id: 'viddyscribe',
      expectedAuth: { 'x-api-key': providerKeys.viddyscribe },
      operations: [
        op('viddyscribe.jobs.get', true, () => viddyscribe.jobs.get(jobId)),
        op('viddyscribe.generateText', false, (marker) => viddyscribe.generateText(mediaUrl(marker))),
        op('viddyscribe.media.upload(url)', true, (marker) => viddyscribe.media.upload(mediaUrl(marker), { idempotent: true })),
      ],
    },
    {
      id: 'hesedvid',
      expectedAuth: { 'x-api-key': providerKeys.hesedvid },
      operations: [
        op('hesedvid.videos.listPage', true, (marker) => hesedvid.videos.listPage({ search: marker })),
        op('hesedvid.videos.createUploadUrl', false, (marker) =>
          hesedvid.videos.createUploadUrl({ fileName: `${marker}.mp4`, fileSize: 1000 }),
        ),
        op('hesedvid.videos.createUploadUrl(idempotent)', true, (marker) =>
          hesedvid.videos.createUploadUrl({ fileName: `${marker}.mp4`, fileSize: 1000 }, { idempotent: true }),
        ),
      ],
    },
    {
      id: 'scriptix',
      expectedAuth: { authorization: `Bearer ${providerKeys.scriptix}` },
      operations: [
        op('scriptix.sessions.listPage', true, () => scriptix.sessions.listPage({ offset: 0, limit: 5 })),
        op('scriptix.sessions.create', false, (marker) => scriptix.sessions.create({ language: 'en', meta_data: { marker } })),
        op('scriptix.sessions.create(idempotent)', true, (marker) =>
          scriptix.sessions.create({ language: 'en', meta_data: { marker } }, { idempotent: true }),
        ),
      ],
    },
    {
      id: 'apivideo',
      expectedAuth: { authorization: `Basic ${btoa(`${providerKeys.apivideo}:`)}` },
      operations: [
        op('apivideo.videos.list', true, (marker) => apivideo.videos.list({ title: marker })),
        op('apivideo.videos.create', false, (marker) => apivideo.videos.create({ title: marker })),
        op('apivideo.videos.create(idempotent)', true, (marker) => apivideo.videos.create({ title: marker }, { idempotent: true })),
      ],
    },
  ];
}
