import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConduitError } from '@conduit/core';
import { createMockServer, type MockServer } from '@conduit/testing';
import { createApiVideoMock } from '@conduit/testing/apivideo';
import { createHesedVidMock } from '@conduit/testing/hesedvid';
import { createScriptixMock } from '@conduit/testing/scriptix';
import { createViddyScribeMock } from '@conduit/testing/viddyscribe';
import { createBackends, type ProviderId, providerIds } from './backends.js';
import { bundlePage } from './bundle-page.js';
import { createCorsHandler } from './cors-handler.js';

/** A running example: the page's server and the embedded mock server behind it. */
export interface ExampleServer {
  /** `http://127.0.0.1:<port>`: open it in a browser. */
  readonly url: string;
  readonly mockServer: MockServer;
  /** The provider mocks, to look at what arrived. */
  readonly mocks: {
    hesedvid: ReturnType<typeof createHesedVidMock>;
    viddyscribe: ReturnType<typeof createViddyScribeMock>;
    scriptix: ReturnType<typeof createScriptixMock>;
    apivideo: ReturnType<typeof createApiVideoMock>;
  };
  /** The page script as served. */
  readonly script: string;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const piece of request) {
    text += String(piece);
  }
  return JSON.parse(text || '{}') as Record<string, unknown>;
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}

/**
 * Starts the embedded mock server (HesedVid, ViddyScribe, Scriptix, api.video) and, in front of it,
 * the page's own server: `GET /` the page, `GET /app.js` its script, `POST /api/<provider>/grant`
 * mints signed material with the Node clients, `POST /api/<provider>/complete` finishes the upload.
 */
export async function startExampleServer(options: { port?: number } = {}): Promise<ExampleServer> {
  const mocks = {
    hesedvid: createHesedVidMock({ processingPolls: 1 }),
    viddyscribe: createViddyScribeMock(),
    scriptix: createScriptixMock(),
    apivideo: createApiVideoMock(),
  };
  const mockServer = await createMockServer({ providers: Object.values(mocks) });
  mockServer.use(createCorsHandler(Object.values(mocks).flatMap((mock) => mock.handlers)));
  const backends = createBackends(mockServer);
  const [html, script] = await Promise.all([readFile(new URL('../public/index.html', import.meta.url), 'utf8'), bundlePage()]);

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/') {
      return send(response, 200, 'text/html; charset=utf-8', html);
    }
    if (request.method === 'GET' && path === '/app.js') {
      return send(response, 200, 'text/javascript; charset=utf-8', script);
    }
    const match = /^\/api\/([a-z]+)\/(grant|complete)$/.exec(path);
    const provider = match?.[1] as ProviderId | undefined;
    if (request.method !== 'POST' || !provider || !providerIds.includes(provider)) {
      return send(response, 404, 'application/json', JSON.stringify({ error: 'not_found' }));
    }
    const body = await readJson(request);
    const backend = backends[provider];
    const answer =
      match?.[2] === 'grant'
        ? await backend.grant({ name: String(body.name), size: Number(body.size), type: String(body.type) })
        : await backend.complete(body as Record<string, string>);
    send(response, 200, 'application/json', JSON.stringify(answer));
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      // Conduit errors are redacted by construction, so they are safe to show the page.
      const message = ConduitError.isInstance(error) ? `${error.name}: ${error.message}` : 'internal error';
      send(response, 500, 'application/json', JSON.stringify({ error: message }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    mockServer,
    mocks,
    script,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mockServer.close();
    },
  };
}
