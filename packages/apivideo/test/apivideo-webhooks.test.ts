import { ConfigurationError, NotFoundError } from '@conduit/core';
import { createApiVideoWebhookDelivery } from '@conduit/testing/apivideo';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ApiVideoWebhookError,
  type ApiVideoWebhookEvent,
  apivideoSignatureHeader,
  apivideoWebhookEvents,
  parseApiVideoWebhook,
  verifyWebhookSignature,
} from '../src/index.js';
import { collect, createTestClient, useApiVideoMock } from './helpers.js';

const emittedAt = '2024-05-28T16:46:25.217+01:00';
const events: ApiVideoWebhookEvent[] = [
  { type: 'video.encoding.quality.completed', emittedAt, videoId: 'vi1', encoding: 'hls', quality: '720p' },
  { type: 'video.source.recorded', emittedAt, liveStreamId: 'li1', videoId: 'vi2' },
  { type: 'live-stream.broadcast.started', emittedAt, liveStreamId: 'li1' },
  { type: 'live-stream.broadcast.ended', emittedAt, liveStreamId: 'li1' },
  { type: 'video.caption.generated', emittedAt, videoId: 'vi3', language: 'en' },
  { type: 'video.summary.generated', emittedAt, videoId: 'vi4' },
];

describe('client.webhooks', () => {
  const { mock, clock } = useApiVideoMock();

  it('creates, lists (asking for one event), gets and deletes webhooks', async () => {
    const client = createTestClient(clock);
    const webhook = await client.webhooks.create({
      events: ['video.encoding.quality.completed', 'video.source.recorded'],
      url: 'https://example.com/hook',
    });
    expect(webhook.signatureSecret).toMatch(/^sig_sec_/);
    await client.webhooks.create({ events: ['live-stream.broadcast.started'], url: 'https://example.com/live' });
    expect(await collect(client.webhooks.list({ events: 'video.source.recorded' }))).toContainEqual(webhook);
    expect(mock.requests.at(-1)?.search).toBe('events=video.source.recorded&currentPage=1&pageSize=25');
    expect((await client.webhooks.list()).pagination.itemsTotal).toBe(2);
    expect(await client.webhooks.get(webhook.webhookId!)).toEqual(webhook);
    await client.webhooks.delete(webhook.webhookId!);
    await expect(client.webhooks.get(webhook.webhookId!)).rejects.toSatisfy(NotFoundError.isInstance);
  });

  it('checks events and url before sending', async () => {
    const client = createTestClient(clock);
    await expect(client.webhooks.create({ events: [], url: 'https://example.com' })).rejects.toSatisfy(ConfigurationError.isInstance);
    await expect(client.webhooks.create({ events: ['video.deleted' as never], url: 'https://example.com' })).rejects.toThrow(/each event/);
    await expect(client.webhooks.create({ events: ['video.source.recorded'], url: 'ftp://example.com' })).rejects.toThrow(/http\(s\) URL/);
    expect(mock.requests).toHaveLength(0);
    expect(apivideoWebhookEvents).toHaveLength(6);
  });
});

describe('webhook deliveries', () => {
  const secret = 'sig_sec_Abcd12345678efgh';

  it.each(events.map((event) => [event.type, event] as const))('verifies and parses %s', async (_type, event) => {
    const delivery = await createApiVideoWebhookDelivery(event, secret);
    const signature = delivery.headers[apivideoSignatureHeader];
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyWebhookSignature(delivery.body, signature, secret)).toBe(true);
    expect(await verifyWebhookSignature(new TextEncoder().encode(delivery.body), signature, secret)).toBe(true);
    expect(parseApiVideoWebhook(delivery.body)).toEqual(event);
    expect(parseApiVideoWebhook(JSON.parse(delivery.body))).toEqual(event);
  });

  it('rejects a tampered body, a wrong secret and malformed signatures', async () => {
    const delivery = await createApiVideoWebhookDelivery(events[0] as Record<string, unknown>, secret);
    const signature = delivery.headers[apivideoSignatureHeader];
    expect(await verifyWebhookSignature(delivery.body.replace('720p', '1080p'), signature, secret)).toBe(false);
    expect(await verifyWebhookSignature(delivery.body, signature, 'sig_sec_other')).toBe(false);
    expect(await verifyWebhookSignature(delivery.body, null, secret)).toBe(false);
    expect(await verifyWebhookSignature(delivery.body, 'zz', secret)).toBe(false);
  });

  it('narrows on the type discriminator', () => {
    const event = parseApiVideoWebhook(JSON.stringify(events[0]));
    if (event.type === 'video.encoding.quality.completed') {
      expectTypeOf(event.quality).toEqualTypeOf<'240p' | '360p' | '480p' | '720p' | '1080p' | '2160p'>();
      expect(event.quality).toBe('720p');
    } else {
      throw new Error('expected a quality event');
    }
  });

  it('throws ApiVideoWebhookError on unknown types, missing members and non-JSON bodies', () => {
    const unknown = (() => {
      try {
        return parseApiVideoWebhook({ type: 'video.deleted', emittedAt, videoId: 'vi1' });
      } catch (error) {
        return error;
      }
    })();
    expect(ApiVideoWebhookError.isInstance(unknown)).toBe(true);
    expect((unknown as ApiVideoWebhookError).eventType).toBe('video.deleted');
    expect(() => parseApiVideoWebhook({ type: 'video.source.recorded', emittedAt, videoId: 'vi1' })).toThrow(/liveStreamId/);
    expect(() => parseApiVideoWebhook('{not json')).toThrow(ApiVideoWebhookError);
  });
});
