import { verifyWebhookSignature as verifyHexSignature } from '@conduit/core';

/** Header carrying the hex HMAC-SHA256 of the raw body, keyed with the webhook's `signatureSecret`. */
export const apivideoSignatureHeader = 'x-api-video-signature';

/**
 * Checks an api.video webhook delivery: `signature` is the `X-Api-Video-Signature` header (hex
 * HMAC-SHA256 of the raw body with the webhook's `signatureSecret`), compared in constant time.
 * Pass the body exactly as received, before any JSON parsing. Returns false on any malformed input.
 *
 * @example
 * ```ts
 * import { verifyWebhookSignature } from '@conduit/apivideo';
 * declare const request: Request;
 * declare const webhook: { signatureSecret: string };
 * const rawBody = await request.text();
 * const ok = await verifyWebhookSignature(rawBody, request.headers.get('x-api-video-signature'), webhook.signatureSecret);
 * ```
 */
export function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  signature: string | null | undefined,
  secret: string,
): Promise<boolean> {
  return verifyHexSignature(rawBody, signature, secret);
}
