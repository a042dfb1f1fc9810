import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, timingSafeEqual, verifyWebhookSignature } from '../../src/webhooks/verify-webhook-signature.js';

const secret = 'whsec_test_secret_value';
const body = '{"type":"video.encoding.quality.completed","videoId":"vi1"}';
const valid = createHmac('sha256', secret).update(body).digest('hex');

describe('hmacSha256Hex', () => {
  it('matches node:crypto for strings and bytes', async () => {
    expect(await hmacSha256Hex(body, secret)).toBe(valid);
    expect(await hmacSha256Hex(new TextEncoder().encode(body), secret)).toBe(valid);
  });
});

describe('verifyWebhookSignature', () => {
  it('accepts a valid hex signature, in either case and with a sha256= prefix', async () => {
    expect(await verifyWebhookSignature(body, valid, secret)).toBe(true);
    expect(await verifyWebhookSignature(body, valid.toUpperCase(), secret)).toBe(true);
    expect(await verifyWebhookSignature(body, `sha256=${valid}`, secret)).toBe(true);
  });

  it('accepts a Uint8Array body', async () => {
    expect(await verifyWebhookSignature(new TextEncoder().encode(body), valid, secret)).toBe(true);
  });

  it('rejects a wrong signature, a changed body and a wrong secret', async () => {
    const flipped = `${valid.slice(0, -1)}${valid.endsWith('0') ? '1' : '0'}`;
    expect(await verifyWebhookSignature(body, flipped, secret)).toBe(false);
    expect(await verifyWebhookSignature(`${body} `, valid, secret)).toBe(false);
    expect(await verifyWebhookSignature(body, valid, 'another-secret')).toBe(false);
  });

  it('rejects a signature of the wrong length, non-hex, empty or missing', async () => {
    expect(await verifyWebhookSignature(body, valid.slice(0, 62), secret)).toBe(false);
    expect(await verifyWebhookSignature(body, `${valid}00`, secret)).toBe(false);
    expect(await verifyWebhookSignature(body, `${valid.slice(0, 63)}`, secret)).toBe(false);
    expect(await verifyWebhookSignature(body, 'z'.repeat(64), secret)).toBe(false);
    expect(await verifyWebhookSignature(body, '', secret)).toBe(false);
    expect(await verifyWebhookSignature(body, null, secret)).toBe(false);
    expect(await verifyWebhookSignature(body, undefined, secret)).toBe(false);
  });

  it('rejects everything with an empty secret', async () => {
    const withEmpty = createHmac('sha256', '').update(body).digest('hex');
    expect(await verifyWebhookSignature(body, withEmpty, '')).toBe(false);
  });
});

describe('timingSafeEqual', () => {
  it('is true only for equal bytes of equal length', () => {
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(timingSafeEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 1]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array([]), new Uint8Array([0]))).toBe(false);
  });
});
