import { createHash } from 'node:crypto';

/** A request the fault server passes on. */
export interface UpstreamRequest {
  method: string;
  /** Path and query as received. */
  path: string;
  headers: Headers;
  body: Buffer | undefined;
  /** The fault server's own origin, for rewriting URLs in answers. */
  publicUrl: string;
}

/** What the upstream answered. */
export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Produces the real (fault-free) answer to a request. */
export type Upstream = (request: UpstreamRequest) => Promise<UpstreamAnswer>;

const jsonHeaders = () => new Headers({ 'content-type': 'application/json' });

function answerJson(status: number, value: unknown): UpstreamAnswer {
  return { status, headers: jsonHeaders(), body: Buffer.from(JSON.stringify(value)) };
}

/**
 * Forwards to another HTTP server (the `@conduit/testing` mock server) and rewrites its origin to
 * the fault server's in `Location` and text bodies, so follow-up requests (TUS `Location`, signed
 * upload URLs) come back through the faults.
 */
export function forwardTo(target: string): Upstream {
  return async (request) => {
    const response = await fetch(`${target}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body && request.method !== 'GET' && request.method !== 'HEAD' ? new Uint8Array(request.body) : undefined,
      redirect: 'manual',
    });
    const headers = new Headers(response.headers);
    const location = headers.get('location');
    if (location) {
      headers.set('location', location.split(target).join(request.publicUrl));
    }
    let body = Buffer.from(await response.arrayBuffer());
    if (/json|text|xml/.test(headers.get('content-type') ?? '')) {
      body = Buffer.from(body.toString('utf8').split(target).join(request.publicUrl));
    }
    return { status: response.status, headers, body };
  };
}

/** The bare-transport target: echoes what it got, so a call's data can be checked against its request. */
export function echoUpstream(): Upstream {
  return async (request) => {
    if (request.headers.get('x-core-key') === null) {
      return answerJson(401, { error: 'unauthorized', message: 'missing X-Core-Key' });
    }
    const text = request.body?.toString('utf8') ?? '';
    return answerJson(request.method === 'POST' ? 201 : 200, { ok: true, method: request.method, path: request.path, echo: text });
  };
}

/** One object in the signed-URL store. */
export interface StoredObject {
  bytes: Buffer;
  sha256: string;
  /** Completed PUTs of this key (an overwrite is not a duplicate object; a second key would be). */
  puts: number;
}

/** A minimal signed-URL object store: `PUT /objects/<key>?X-Goog-Signature=<token>` stores the body. */
export function objectStore(token: string): { upstream: Upstream; objects: Map<string, StoredObject> } {
  const objects = new Map<string, StoredObject>();
  const upstream: Upstream = async (request) => {
    const url = new URL(request.path, 'http://store.invalid');
    if (url.searchParams.get('X-Goog-Signature') !== token) {
      return {
        status: 403,
        headers: new Headers({ 'content-type': 'application/xml' }),
        body: Buffer.from('<Error><Code>SignatureDoesNotMatch</Code></Error>'),
      };
    }
    if (request.method !== 'PUT') {
      return answerJson(405, { error: 'method_not_allowed' });
    }
    const key = decodeURIComponent(url.pathname.replace(/^\/objects\//, ''));
    const bytes = request.body ?? Buffer.alloc(0);
    const previous = objects.get(key);
    objects.set(key, { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), puts: (previous?.puts ?? 0) + 1 });
    return { status: 200, headers: new Headers({ etag: `"${key}"` }), body: Buffer.alloc(0) };
  };
  return { upstream, objects };
}

/** Routes by path prefix (the first match wins), else to `fallback`. */
export function routeUpstream(routes: ReadonlyArray<readonly [prefix: string, upstream: Upstream]>, fallback?: Upstream): Upstream {
  return async (request) => {
    const route = routes.find(
      ([prefix]) => request.path === prefix || request.path.startsWith(`${prefix}/`) || request.path.startsWith(`${prefix}?`),
    );
    if (route) {
      return route[1](request);
    }
    return fallback ? fallback(request) : answerJson(404, { error: 'not_found', message: `no upstream for ${request.path}` });
  };
}
