import { describe, expect, it } from 'vitest';
import { parseScriptixWebhook, type ScriptixSessionCompletedWebhook, WebhookPayloadError } from '../src/index.js';

describe('parseScriptixWebhook', () => {
  it('reads the batch-completion payload from raw text', () => {
    const event = parseScriptixWebhook('{"sessionId":"5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b","zoom_id":"5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b"}');
    expect(event).toEqual({
      type: 'session.completed',
      sessionId: '5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b',
      payload: { sessionId: '5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b', zoom_id: '5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b' },
    });
    const typed: ScriptixSessionCompletedWebhook = event.type === 'session.completed' ? event.payload : { sessionId: '' };
    expect(typed.sessionId).toHaveLength(32);
  });

  it('reads the document callback from bytes, with a numeric document id', () => {
    const body = new TextEncoder().encode(JSON.stringify({ sessionId: 'abc', documentId: 99120 }));
    expect(parseScriptixWebhook(body)).toEqual({
      type: 'document.changed',
      sessionId: 'abc',
      documentId: '99120',
      payload: { sessionId: 'abc', documentId: 99120 },
    });
  });

  it('accepts the legacy zoom_id alone', () => {
    expect(parseScriptixWebhook({ zoom_id: 'legacy-id' })).toMatchObject({ type: 'session.completed', sessionId: 'legacy-id' });
  });

  it.each([['not json'], [{}], [{ sessionId: '' }], [{ documentId: 1 }], [null], [42]])('refuses %j with WebhookPayloadError', (body) => {
    let caught: unknown;
    try {
      parseScriptixWebhook(body);
    } catch (error) {
      caught = error;
    }
    expect(WebhookPayloadError.isInstance(caught)).toBe(true);
  });
});
