import type { UploadProgress } from './upload-to-signed-url.js';

/**
 * Streams a file to a URL through `node:http(s)` with bounded memory (Node's fetch buffers
 * streaming request bodies whole: undici issue 4058). Resolves with the answer; never throws on status.
 */
export async function putFileNode(
  url: URL,
  path: string,
  options: {
    method: string;
    headers: Headers;
    size: number;
    onProgress?: ((progress: UploadProgress) => void) | undefined;
    signal?: AbortSignal | undefined;
  },
): Promise<{ status: number; headers: Headers; text: string }> {
  // The default export's `request` is the one msw (and other interceptors) patch; the named ESM binding is not.
  const transport = (url.protocol === 'https:' ? await import('node:https') : await import('node:http')).default;
  const { createReadStream } = await import('node:fs');
  const { pipeline } = await import('node:stream/promises');
  const { Transform } = await import('node:stream');
  const headers: Record<string, string> = { 'content-length': String(options.size) };
  options.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return new Promise((resolve, reject) => {
    const request = transport.request(url, { method: options.method, headers, signal: options.signal }, (response) => {
      const pieces: Buffer[] = [];
      let length = 0;
      response.on('data', (piece: Buffer) => {
        if (length < 65_536) {
          pieces.push(piece);
          length += piece.length;
        }
      });
      response.on('end', () => {
        const responseHeaders = new Headers();
        for (const [key, value] of Object.entries(response.headers)) {
          if (value !== undefined) {
            responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
          }
        }
        resolve({ status: response.statusCode ?? 0, headers: responseHeaders, text: Buffer.concat(pieces).toString('utf8') });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    let loaded = 0;
    const progress = new Transform({
      transform(piece: Buffer, _encoding, callback) {
        loaded += piece.length;
        options.onProgress?.({ loaded, total: options.size });
        callback(null, piece);
      },
    });
    pipeline(createReadStream(path), progress, request).catch(reject);
  });
}
