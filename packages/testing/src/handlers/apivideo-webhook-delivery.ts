import { hmacSha256Hex } from '@conduit/core';

/** A webhook delivery as api.video sends it: the raw JSON body and its headers. */
export interface ApiVideoWebhookDelivery {
  /** The JSON payload, as the exact text that was signed. */
  body: string;
  /** Delivery headers, including the signature header. */
  headers: Record<string, string>;
}

/**
 * Builds a signed delivery for tests of a webhook receiver: `X-Api-Video-Signature` is the hex
 * HMAC-SHA256 of the raw body keyed with `secret` (the webhook's `signatureSecret`).
 */
export async function createApiVideoWebhookDelivery(
  event: Record<string, unknown>,
  secret: string,
  webhookId = 'webhook_XXXXXXXXXXXXXXX',
): Promise<ApiVideoWebhookDelivery> {
  const body = JSON.stringify(event);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-api-video-webhookid': webhookId,
      'x-api-video-signature': await hmacSha256Hex(body, secret),
    },
  };
}
