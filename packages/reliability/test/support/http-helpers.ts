import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Hop-by-hop and framing headers a proxy must not copy. */
const hopHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host', 'expect', 'upgrade']);

/** Reads a whole request body. */
export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pieces: Buffer[] = [];
    request.on('data', (piece: Buffer) => pieces.push(piece));
    request.on('end', () => resolve(Buffer.concat(pieces)));
    request.on('error', reject);
  });
}

/** Reads about half the declared body (or 64 KiB of a chunked one), then drops the connection. */
export function readHalfThenReset(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  const threshold = Number.isFinite(declared) ? Math.max(1, Math.floor(declared / 2)) : 65_536;
  return new Promise((resolve) => {
    const pieces: Buffer[] = [];
    let length = 0;
    const cut = () => {
      request.removeAllListeners('data');
      request.socket.destroy();
      resolve(Buffer.concat(pieces).subarray(0, Math.min(length, threshold)));
    };
    request.on('data', (piece: Buffer) => {
      pieces.push(piece);
      length += piece.length;
      if (length >= threshold) {
        cut();
      }
    });
    request.on('end', cut);
    request.on('error', cut);
  });
}

/** A received request's headers as `Headers`, without hop-by-hop ones. */
export function toHeaders(incoming: IncomingMessage['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value !== undefined && !hopHeaders.has(name)) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  return headers;
}

/** `Headers` as a plain record for `writeHead`, without hop-by-hop ones or `content-encoding`. */
export function headerRecord(headers: Headers, extra: Record<string, string> = {}): Record<string, string> {
  const output: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!hopHeaders.has(name) && name !== 'content-encoding') {
      output[name] = value;
    }
  });
  return { ...output, ...extra };
}

/** The first value of a header that may repeat. */
export function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Listens on `host:port` (0: any free port) and resolves with the port. */
export async function listen(server: Server, host: string, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}
