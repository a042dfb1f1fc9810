const encoder = /* @__PURE__ */ new TextEncoder();

function hexToBytes(hex: string): Uint8Array | undefined {
  const clean = hex
    .trim()
    .toLowerCase()
    .replace(/^sha256=/, '');
  if (clean.length === 0 || clean.length % 2 !== 0 || !/^[0-9a-f]+$/.test(clean)) {
    return undefined;
  }
  const bytes = new Uint8Array(clean.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(clean.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

/** Constant-time comparison of two byte arrays of any length. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    difference |= (a[index % (a.length || 1)] ?? 0) ^ (b[index % (b.length || 1)] ?? 0);
  }
  return difference === 0;
}

/** HMAC-SHA256 of `payload` with `secret`, as lowercase hex. */
export async function hmacSha256Hex(payload: string | Uint8Array, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const data = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, data as Uint8Array<ArrayBuffer>));
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Checks a hex HMAC-SHA256 webhook signature over the raw request body, in constant time.
 * Pass the body exactly as received (before JSON parsing). Returns false on any malformed input.
 */
export async function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  signature: string | null | undefined,
  secret: string,
): Promise<boolean> {
  if (typeof signature !== 'string' || typeof secret !== 'string' || secret.length === 0) {
    return false;
  }
  const received = hexToBytes(signature);
  if (!received) {
    return false;
  }
  const expected = hexToBytes(await hmacSha256Hex(rawBody, secret));
  return expected !== undefined && timingSafeEqual(received, expected);
}
