import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type HttpHandler } from 'msw';
import type { ProviderMock } from '../provider-mock.js';
import { storageOrigin } from '../storage/signed-storage.js';

/** Options for `createMockServer`. */
export interface MockServerOptions {
  /** Port on 127.0.0.1 (default 0: a free one). */
  port?: number;
  /** The provider mocks to serve, each mounted at `/<id>`. */
  providers: ProviderMock[];
}

/** A running mock server. */
export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The port it listens on, on 127.0.0.1. */
  readonly port: number;
  /** The base URL a client of `providerId` should use. */
  baseUrl(providerId: string): string;
  /** Prepends handlers (scenarios) in front of the providers' own. */
  use(...handlers: HttpHandler[]): void;
  /** Removes handlers added with `use`. */
  resetHandlers(): void;
  /** Requests served so far, per provider id. */
  readonly requestCounts: Readonly<Record<string, number>>;
  /** Stops the server. */
  close(): Promise<void>;
}

interface Mount {
  prefix: string;
  origin: string;
  id: string;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of request) {
    pieces.push(piece as Buffer);
  }
  return Buffer.concat(pieces);
}

/**
 * Starts a real HTTP server on loopback that serves the same msw handlers the tests use, so the
 * demo, examples, benchmarks and non-JS clients talk to the same stateful mock API.
 */
export async function createMockServer(options: MockServerOptions): Promise<MockServer> {
  const mounts: Mount[] = [
    ...options.providers.map((provider) => ({
      prefix: `/${provider.profile.id}`,
      origin: provider.profile.baseUrl.replace(/\/$/, ''),
      id: provider.profile.id,
    })),
    { prefix: '/storage', origin: storageOrigin, id: 'storage' },
  ];
  const baseHandlers = options.providers.flatMap((provider) => provider.handlers);
  let extraHandlers: HttpHandler[] = [];
  const requestCounts: Record<string, number> = {};
  let localUrl = '';

  const toLocal = (text: string) => mounts.reduce((result, mount) => result.split(mount.origin).join(`${localUrl}${mount.prefix}`), text);

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const path = incoming.url ?? '/';
    const mount = mounts.find(
      (candidate) => path === candidate.prefix || path.startsWith(`${candidate.prefix}/`) || path.startsWith(`${candidate.prefix}?`),
    );
    if (!mount) {
      outgoing
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'not_found', message: `No provider mounted at ${path}` }));
      return;
    }
    requestCounts[mount.id] = (requestCounts[mount.id] ?? 0) + 1;
    const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : await readBody(incoming);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined && name !== 'host' && name !== 'connection') {
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
    }
    const request = new Request(`${mount.origin}${path.slice(mount.prefix.length)}`, {
      method: incoming.method ?? 'GET',
      headers,
      body: body && body.length > 0 ? new Uint8Array(body) : body === undefined ? undefined : null,
    });
    const response = await getResponse([...extraHandlers, ...baseHandlers], request);
    if (!response) {
      outgoing
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'not_found', message: `No mock for ${request.method} ${path}` }));
      return;
    }
    if (response.type === 'error') {
      incoming.socket.destroy();
      return;
    }
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = name === 'location' ? toLocal(value) : value;
    });
    const type = response.headers.get('content-type') ?? '';
    let payload: Buffer | string = Buffer.from(await response.arrayBuffer());
    if (/json|text|xml/.test(type)) {
      payload = toLocal(payload.toString('utf8'));
    }
    delete responseHeaders['content-length'];
    outgoing.writeHead(response.status, responseHeaders).end(payload);
  };

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      if (!outgoing.headersSent) {
        outgoing.writeHead(500, { 'content-type': 'application/json' });
      }
      outgoing.end(JSON.stringify({ error: 'mock_server_error', message: error instanceof Error ? error.message : String(error) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  localUrl = `http://127.0.0.1:${port}`;
  return {
    url: localUrl,
    port,
    baseUrl: (providerId) => `${localUrl}/${providerId}`,
    use: (...handlers) => {
      extraHandlers = [...handlers, ...extraHandlers];
    },
    resetHandlers: () => {
      extraHandlers = [];
    },
    requestCounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
