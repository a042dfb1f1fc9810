import * as z from 'zod/mini';

/** A word of a final realtime transcript, in milliseconds from the start of the stream. */
export interface ScriptixRealtimeWord {
  /** The word as recognised. */
  word: string;
  /** Start, in milliseconds from the start of the stream. */
  startMs: number;
  /** End, in milliseconds from the start of the stream. */
  endMs: number;
  /** Recognition confidence in [0, 1]. */
  confidence: number;
}

/** A transcript the realtime socket delivered: a revisable partial or a final segment. */
export type ScriptixRealtimeTranscript =
  | {
      /** A provisional transcript that may still change. */
      type: 'partial';
      /** Text so far. */
      text: string;
      /** Offset in the stream, in milliseconds, when sent. */
      offsetMs: number | undefined;
      /** How stable the text is, in [0, 1], when sent. */
      stability: number | undefined;
    }
  | {
      /** A final transcript segment. */
      type: 'final';
      /** The segment's text. */
      text: string;
      /** Offset in the stream, in milliseconds, when sent. */
      offsetMs: number | undefined;
      /** Speaker label, with diarization. */
      speaker: string | undefined;
      /** Word timings. */
      words: ScriptixRealtimeWord[];
    };

/** A documented server state: `loading`, `listening` (may carry the session id), `stopped`, `shutting_down` (with `at`). */
export interface ScriptixRealtimeStateMessage {
  /** `loading`, `listening`, `stopped`, `shutting_down`, or another state the server sends. */
  state: string;
  /** The session id, when the state carries it. */
  sessionId: string | undefined;
  /** For `shutting_down`: when the server goes away, as epoch milliseconds. */
  at: number | undefined;
}

/** One server message, classified. */
export type ScriptixRealtimeMessage =
  | { kind: 'state'; message: ScriptixRealtimeStateMessage }
  | { kind: 'transcript'; transcript: ScriptixRealtimeTranscript }
  | { kind: 'error'; message: string }
  | { kind: 'unknown' };

const number = z.nullish(z.number());
const stateSchema = z.object({ state: z.string(), session_id: z.nullish(z.union([z.string(), z.number()])), at: number });
const errorSchema = z.object({ error: z.string() });
const legacyPartialSchema = z.object({ partial: z.string() });
// \`[word, start, end, confidence]\`, checked by hand: \`z.tuple\` would pull a schema kind only this field uses.
const wordSchema = z.custom<[string, number, number, number]>(
  (value) =>
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === 'string' &&
    value.slice(1).every((item) => typeof item === 'number' && Number.isFinite(item)),
);
const transcriptSchema = z.object({
  text: z.string(),
  is_final: z.boolean(),
  offset_ms: number,
  stability: number,
  speaker: z.nullish(z.string()),
  words: z.nullish(z.array(wordSchema)),
});

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** Parses one text frame: states, both partial shapes (`{partial}` older, `{text, is_final}` newer), finals and errors. */
export function parseRealtimeMessage(text: string): ScriptixRealtimeMessage {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'unknown' };
  }
  const error = z.safeParse(errorSchema, body);
  if (error.success) {
    return { kind: 'error', message: error.data.error };
  }
  const state = z.safeParse(stateSchema, body);
  if (state.success) {
    const { session_id: sessionId, at } = state.data;
    return {
      kind: 'state',
      message: {
        state: state.data.state,
        sessionId: sessionId === null || sessionId === undefined ? undefined : String(sessionId),
        at: at ? at * 1000 : undefined,
      },
    };
  }
  const legacy = z.safeParse(legacyPartialSchema, body);
  if (legacy.success) {
    return { kind: 'transcript', transcript: { type: 'partial', text: legacy.data.partial, offsetMs: undefined, stability: undefined } };
  }
  const transcript = z.safeParse(transcriptSchema, body);
  if (!transcript.success) {
    return { kind: 'unknown' };
  }
  const data = transcript.data;
  if (!data.is_final) {
    return {
      kind: 'transcript',
      transcript: { type: 'partial', text: data.text, offsetMs: orUndefined(data.offset_ms), stability: orUndefined(data.stability) },
    };
  }
  const words = (data.words ?? []).map(([word, startMs, endMs, confidence]) => ({ word, startMs, endMs, confidence }));
  return {
    kind: 'transcript',
    transcript: { type: 'final', text: data.text, offsetMs: orUndefined(data.offset_ms), speaker: orUndefined(data.speaker), words },
  };
}
