import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { cannedAnswer, type Fault, faultLabel, mayHaveProcessed, needsUpstream, truncateJson } from './faults.js';
import { firstHeader, headerRecord, listen, readBody, readHalfThenReset, toHeaders } from './http-helpers.js';
import type { Upstream, UpstreamAnswer } from './upstream.js';

/** Header carrying the soak's per-call marker (set by the soak's fetch wrapper on every attempt). */
export const markerHeader = 'x-soak-marker';

/** Headers that carry a credential; recorded per request and checked at the other origin. */
export const credentialHeaders = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'x-zoom-s2t-key', 'x-core-key'];

/** A marker as the soak writes it into bodies and queries. */
export const markerPattern = /mk[0-9a-z]+x\d+/;

/** One request as a server received it. */
export interface ReceivedRequest {
  seq: number;
  /** `main` is `http://127.0.0.1:<a>`, `other` the second origin `http://localhost:<b>`. */
  origin: 'main' | 'other';
  method: string;
  /** Path and query. */
  path: string;
  /** The call's marker header, when present. */
  marker: string | undefined;
  /** A marker found in the query or body (only read when the fault reads the body). */
  bodyMarker: string | undefined;
  /** sha256 of the body, when it was read. */
  bodyHash: string | undefined;
  bodyBytes: number;
  /** Credential headers that arrived, by lower-case name. */
  auth: Record<string, string>;
  /** `x-conduit-retry-count`, the transport's attempt header. */
  attempt: string | undefined;
  /** `idempotency-key`, when one was sent. */
  idempotencyKey: string | undefined;
  fault: Fault;
  /** False when the answer proved the request was not processed (429, 503 + hint, redirect). */
  mayHaveProcessed: boolean;
}

/** What the decision function sees about a request. */
export interface RequestFacts {
  origin: 'main' | 'other';
  method: string;
  path: string;
  marker: string | undefined;
  /** How many earlier requests carried the same marker (0 for the first). */
  receipt: number;
  headers: IncomingMessage['headers'];
}

/** Options of `startFaultServer`. */
export interface FaultServerOptions {
  upstream: Upstream;
  /** Picks the fault for a request at the main origin (the other origin always passes). */
  decide: (facts: RequestFacts) => Fault;
  /** Longest a stall lasts before the server drops the connection, in milliseconds (client timeouts are shorter). */
  stallMs?: number;
}

/** A running pair of servers: the faulty main origin and the plain "other origin" that redirects point at. */
export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `http://localhost:<port>`: another origin (another host and port), also loopback. */
  readonly otherUrl: string;
  readonly requests: ReceivedRequest[];
  /** Faults injected so far, by `kind` or `kind:variant`. */
  readonly faultCounts: Map<string, number>;
  /** Replaces the decision function (targeted tests). */
  setDecide(decide: (facts: RequestFacts) => Fault): void;
  close(): Promise<void>;
}

/**
 * Starts the fault-injection server on 127.0.0.1 (port 0) and a second, fault-free server on
 * `localhost` at another port that cross-origin redirects point at. Every request is recorded.
 */
export async function startFaultServer(options: FaultServerOptions): Promise<FaultServer> {
  const stallMs = options.stallMs ?? 1000;
  let decide = options.decide;
  const requests: ReceivedRequest[] = [];
  const faultCounts = new Map<string, number>();
  const receipts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let url = '';
  let otherUrl = '';

  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };

  const record = (incoming: IncomingMessage, origin: 'main' | 'other', fault: Fault, body: Buffer | undefined, complete = true): void => {
    const auth: Record<string, string> = {};
    for (const name of credentialHeaders) {
      const value = firstHeader(incoming.headers[name]);
      if (value !== undefined) {
        auth[name] = value;
      }
    }
    const path = incoming.url ?? '/';
    // A body cut short may end inside the marker: look for one only in whole bodies.
    const bodyText = complete ? (body?.subarray(0, 65_536).toString('latin1') ?? '') : '';
    requests.push({
      seq: requests.length,
      origin,
      method: incoming.method ?? 'GET',
      path,
      marker: firstHeader(incoming.headers[markerHeader]),
      bodyMarker: markerPattern.exec(decodeURIComponent(path))?.[0] ?? markerPattern.exec(bodyText)?.[0],
      bodyHash: body === undefined ? undefined : createHash('sha256').update(body).digest('hex'),
      bodyBytes: body?.length ?? 0,
      auth,
      attempt: firstHeader(incoming.headers['x-conduit-retry-count']),
      idempotencyKey: firstHeader(incoming.headers['idempotency-key']),
      fault,
      mayHaveProcessed: mayHaveProcessed(fault),
    });
    const label = faultLabel(fault);
    faultCounts.set(label, (faultCounts.get(label) ?? 0) + 1);
  };

  const askUpstream = (incoming: IncomingMessage, body: Buffer | undefined): Promise<UpstreamAnswer> =>
    options.upstream({
      method: incoming.method ?? 'GET',
      path: incoming.url ?? '/',
      headers: toHeaders(incoming.headers),
      body,
      publicUrl: url,
    });

  const writeUpstream = (outgoing: ServerResponse, fault: Fault, answer: UpstreamAnswer): void => {
    const body = answer.body;
    const headers = headerRecord(answer.headers);
    switch (fault.kind) {
      case 'reset-mid-body': {
        if (fault.variant === 'no-status') {
          // Processed upstream, then the connection drops before the status line: the caller cannot tell.
          outgoing.socket?.destroy();
          return;
        }
        const type = fault.variant === 'text' ? { 'content-type': 'text/plain; charset=utf-8' } : {};
        outgoing.writeHead(answer.status, { ...headers, ...type, 'content-length': String(Math.max(body.length, 64)) });
        outgoing.write(body.subarray(0, Math.floor(body.length / 2)), () => later(5, () => outgoing.socket?.destroy()));
        return;
      }
      case 'stall-body': {
        const type = fault.variant === 'text' ? { 'content-type': 'text/plain; charset=utf-8' } : {};
        outgoing.writeHead(answer.status, { ...headers, ...type, 'content-length': String(Math.max(body.length, 64)) });
        outgoing.write(body.subarray(0, Math.floor(body.length / 2)));
        later(stallMs, () => outgoing.socket?.destroy());
        return;
      }
      case 'truncated-json':
        outgoing.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(truncateJson(body.toString('utf8')));
        return;
      default:
        outgoing.writeHead(answer.status, headers).end(body);
    }
  };

  const handleMain = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const marker = firstHeader(incoming.headers[markerHeader]);
    const receipt = marker === undefined ? 0 : (receipts.get(marker) ?? 0);
    if (marker !== undefined) {
      receipts.set(marker, receipt + 1);
    }
    const method = incoming.method ?? 'GET';
    const path = incoming.url ?? '/';
    const fault = decide({ origin: 'main', method, path, marker, receipt, headers: incoming.headers });
    switch (fault.kind) {
      case 'reset-before':
        record(incoming, 'main', fault, undefined);
        incoming.socket.destroy();
        return;
      case 'stall-headers':
        record(incoming, 'main', fault, undefined);
        incoming.resume();
        later(stallMs, () => incoming.socket.destroy());
        return;
      case 'reset-mid-request': {
        const partial = await readHalfThenReset(incoming);
        record(incoming, 'main', fault, partial, false);
        if (fault.variant === 'forward') {
          // The server keeps what arrived before the drop (as a TUS server does); nobody reads the answer.
          await askUpstream(incoming, partial).catch(() => undefined);
        }
        return;
      }
      case 'redirect-cross-origin': {
        const body = await readBody(incoming);
        record(incoming, 'main', fault, body);
        outgoing.writeHead(307, { location: `${otherUrl}${path}`, 'content-length': '0' }).end();
        return;
      }
      default:
        break;
    }
    const body =
      method === 'GET' || method === 'HEAD'
        ? await readBody(incoming).then((read) => (read.length > 0 ? read : undefined))
        : await readBody(incoming);
    record(incoming, 'main', fault, body);
    const canned = cannedAnswer(fault, Date.now());
    if (canned) {
      outgoing.writeHead(canned.status, canned.headers).end(canned.body);
      return;
    }
    if (needsUpstream(fault)) {
      writeUpstream(outgoing, fault, await askUpstream(incoming, body));
    }
  };

  const handleOther = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const body = await readBody(incoming);
    record(incoming, 'other', { kind: 'pass' }, body);
    const answer = await askUpstream(incoming, body.length > 0 ? body : undefined);
    outgoing.writeHead(answer.status, headerRecord(answer.headers)).end(answer.body);
  };

  const serve = (handler: (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void>) => {
    const server = createServer((incoming, outgoing) => {
      handler(incoming, outgoing).catch((error: unknown) => {
        if (!outgoing.headersSent) {
          outgoing.writeHead(599, { 'content-type': 'text/plain' });
        }
        outgoing.end(`fault server error: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    return server;
  };

  const main = serve(handleMain);
  const other = serve(handleOther);
  const otherV6 = serve(handleOther);
  url = `http://127.0.0.1:${await listen(main, '127.0.0.1')}`;
  const otherPort = await listen(other, '127.0.0.1');
  // `localhost` may resolve to ::1 first; answer there too when the machine has IPv6 loopback.
  const v6 = await listen(otherV6, '::1', otherPort).then(
    () => true,
    () => false,
  );
  otherUrl = `http://localhost:${otherPort}`;

  const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    url,
    otherUrl,
    requests,
    faultCounts,
    setDecide(next) {
      decide = next;
    },
    async close() {
      for (const timer of timers) {
        clearTimeout(timer);
      }
      for (const socket of sockets) {
        socket.destroy();
      }
      await Promise.all([closeServer(main), closeServer(other), ...(v6 ? [closeServer(otherV6)] : [])]);
    },
  };
}
