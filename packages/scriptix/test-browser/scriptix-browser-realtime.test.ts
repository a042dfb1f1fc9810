import { createScriptixClient, type ScriptixRealtimeTranscript } from '@conduit/scriptix';
import { AuthenticationError } from '@conduit/scriptix/browser';
import { scriptixTestKey } from '@conduit/testing/scriptix';
import { describe, expect, inject, it } from 'vitest';

const endpoint = inject('realtimeEndpoint');
const client = () => createScriptixClient({ apiKey: scriptixTestKey, dangerouslyAllowBrowser: true });

describe("realtime in Chromium, on the browser's own WebSocket", () => {
  it('streams PCM to a ws server on 127.0.0.1 and yields partials and finals until stop()', async () => {
    expect(typeof globalThis.WebSocket).toBe('function');
    const session = await client().realtime.connect({ language: 'en', endpoint });
    expect(session.sessionId).toMatch(/^rt-\d+$/);
    const transcripts: ScriptixRealtimeTranscript[] = [];
    const reading = (async () => {
      for await (const transcript of session) {
        transcripts.push(transcript);
      }
    })();
    session.send(new Uint8Array(3200).fill(1));
    session.send(new Uint8Array(3200).fill(1));
    await session.stop();
    await reading;
    expect(transcripts.map((transcript) => `${transcript.type}:${transcript.text}`)).toEqual([
      'partial:seg',
      'partial:segment 1',
      'partial:segment 2',
      'final:segment 2',
      'final:closing words',
    ]);
    expect(session.state).toBe('closed');
  });

  it('sends the token in the query (a page cannot set handshake headers): a revoked one is refused', async () => {
    const error = await client()
      .realtime.connect({ language: 'en', endpoint, token: 'token_revoked_realtime' })
      .catch((caught: unknown) => caught);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('revoked');
  });
});
