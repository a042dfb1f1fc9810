import type { ParsedErrorBody } from '../transport/transport-options.js';

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

/**
 * Reads the XML error body of a storage service behind a signed URL (Google Cloud Storage, Azure
 * Blob, S3: `<Error><Code>…</Code><Message>…</Message></Error>`) into code and message.
 */
export function parseStorageError(body: unknown): ParsedErrorBody | undefined {
  if (typeof body !== 'string' || !body.includes('<Code>')) {
    return undefined;
  }
  const code = tag(body, 'Code');
  const message = tag(body, 'Message');
  return { code, message: message?.trim() || code };
}
