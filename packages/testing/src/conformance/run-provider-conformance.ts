import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordingFetch, jsonResponse, type Responder } from './recording-fetch.js';

/** The options the conformance suite passes to a client factory. */
export interface ConformanceClientOptions {
  apiKey?: string | undefined;
  baseUrl?: string | undefined;
  fetch?: typeof globalThis.fetch;
  maxRetries?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  debug?: (line: string) => void;
}

/** A documented error body and what it must become. */
export interface ErrorCase {
  name: string;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Expected class name, e.g. `QuotaExceededError`. */
  errorClass: string;
  /** Expected `error.code`, when the body carries one. */
  code?: string;
}

/** A 429 with one of the provider's documented hints and the wait it must cause. */
export interface RateLimitHintCase {
  name: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** The exact delay in milliseconds the client must sleep before retrying. */
  expectedDelayMs: number;
}

/** A named gap in a provider's conformance (hono-style skip list). */
export interface ConformanceSkip {
  reason: string;
  tests: string[];
}

/** Everything the suite needs to drive one provider's client. */
export interface ProviderConformance<Client> {
  /** Provider display name (test titles). */
  name: string;
  environmentVariable: string;
  /** A key in the provider's documented format. */
  validKey: string;
  baseUrl: string;
  createClient: (options: ConformanceClientOptions) => Client;
  /** Header that must carry the key and its exact expected value. */
  authHeader: { name: string; value: (key: string) => string };
  /** A representative read (GET) call, and a JSON body it succeeds with. */
  read: { call: (client: Client) => Promise<unknown>; success: () => Response };
  /** A representative create (POST) call that starts work on the server. */
  create?: {
    call: (client: Client) => Promise<unknown>;
    callIdempotent?: (client: Client) => Promise<unknown>;
    success: () => Response;
  };
  errors: ErrorCase[];
  rateLimitHints: RateLimitHintCase[];
  skip?: ConformanceSkip[];
}

const fixedNow = Date.UTC(2026, 10, 25, 12, 0, 0);

/**
 * The one conformance suite every provider client runs: auth header, missing key, documented
 * error bodies, rate-limit hints on a fake clock, 5xx retries, no duplicate POSTs, no key in any
 * error output, and credentials dropped on a cross-origin redirect.
 */
export function runProviderConformance<Client>(spec: ProviderConformance<Client>): void {
  const skipped = new Set((spec.skip ?? []).flatMap((entry) => entry.tests));
  // Skipped cases are not registered at all: each skip entry carries its reason in the provider's test file.
  const test = (title: string, fn: () => Promise<void> | void) => {
    if (!skipped.has(title)) {
      it(title, fn);
    }
  };
  let savedEnvironment: string | undefined;

  beforeEach(() => {
    savedEnvironment = process.env[spec.environmentVariable];
    delete process.env[spec.environmentVariable];
  });
  afterEach(() => {
    if (savedEnvironment === undefined) {
      delete process.env[spec.environmentVariable];
    } else {
      process.env[spec.environmentVariable] = savedEnvironment;
    }
  });

  const build = (responders: Responder[], extra: Partial<ConformanceClientOptions> = {}) => {
    const recording = createRecordingFetch(responders);
    const delays: number[] = [];
    // A fake clock that sleeping advances, so waits are recorded exactly and never taken for real.
    let clock = fixedNow;
    const client = spec.createClient({
      apiKey: spec.validKey,
      baseUrl: spec.baseUrl,
      fetch: recording.fetch,
      now: () => clock,
      sleep: async (ms) => {
        delays.push(ms);
        clock += ms;
      },
      ...extra,
    });
    return { client, recording, delays };
  };

  describe(`${spec.name} conformance`, () => {
    test('sends the key in the documented auth header', async () => {
      const { client, recording } = build([spec.read.success()]);
      await spec.read.call(client);
      expect(recording.requests).toHaveLength(1);
      expect(recording.requests[0]?.headers.get(spec.authHeader.name)).toBe(spec.authHeader.value(spec.validKey));
    });

    test('reads the key from the environment variable', async () => {
      process.env[spec.environmentVariable] = spec.validKey;
      const { client, recording } = build([spec.read.success()], { apiKey: undefined });
      await spec.read.call(client);
      expect(recording.requests[0]?.headers.get(spec.authHeader.name)).toBe(spec.authHeader.value(spec.validKey));
    });

    test('a missing key is a ConfigurationError naming the variable', () => {
      expect(() => build([spec.read.success()], { apiKey: undefined })).toThrowError(
        expect.objectContaining({ name: 'ConfigurationError', message: expect.stringContaining(spec.environmentVariable) }),
      );
    });

    test('a malformed key is refused and shown masked', () => {
      const bad = `x${spec.validKey.slice(1)}not valid`;
      let caught: unknown;
      try {
        build([spec.read.success()], { apiKey: bad });
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ name: 'ConfigurationError' });
      expect(String((caught as Error).message)).not.toContain(bad.trim());
    });

    for (const errorCase of spec.errors) {
      test(`maps ${errorCase.name} (${errorCase.status}) to ${errorCase.errorClass}`, async () => {
        const { client } = build([jsonResponse(errorCase.body, errorCase.status, errorCase.headers)], { maxRetries: 0 });
        const error = await spec.read.call(client).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error).toMatchObject({ name: errorCase.errorClass, status: errorCase.status });
        if (errorCase.code !== undefined) {
          expect(error).toMatchObject({ code: errorCase.code });
        }
      });
    }

    for (const hint of spec.rateLimitHints) {
      test(`waits as told by ${hint.name}`, async () => {
        const { client, recording, delays } = build([jsonResponse(hint.body ?? {}, 429, hint.headers), spec.read.success()]);
        await spec.read.call(client);
        expect(recording.requests).toHaveLength(2);
        expect(delays).toEqual([hint.expectedDelayMs]);
      });
    }

    test('retries a 5xx on a read', async () => {
      const { client, recording } = build([jsonResponse({}, 503), jsonResponse({}, 502), spec.read.success()]);
      await spec.read.call(client);
      expect(recording.requests).toHaveLength(3);
    });

    test('gives up after maxRetries with an InternalServerError', async () => {
      const { client, recording } = build([jsonResponse({}, 500)], { maxRetries: 1 });
      await expect(spec.read.call(client)).rejects.toMatchObject({ name: 'InternalServerError', attempts: 2 });
      expect(recording.requests).toHaveLength(2);
    });

    const create = spec.create;
    if (create) {
      test('does not send a create twice after an ambiguous 500', async () => {
        const { client, recording } = build([jsonResponse({}, 500), create.success()]);
        await expect(create.call(client)).rejects.toMatchObject({ name: 'InternalServerError' });
        expect(recording.requests).toHaveLength(1);
      });
      const callIdempotent = create.callIdempotent;
      if (callIdempotent) {
        test('retries a create marked idempotent', async () => {
          const { client, recording } = build([jsonResponse({}, 500), create.success()]);
          await callIdempotent(client);
          expect(recording.requests).toHaveLength(2);
          expect(recording.requests[1]?.bodyText).toBe(recording.requests[0]?.bodyText);
        });
      }
    }

    test('never shows the key in any error output', async () => {
      const echo = jsonResponse({ message: `invalid key ${spec.validKey}`, error: spec.validKey }, 401);
      const lines: string[] = [];
      const { client } = build([echo], { maxRetries: 0, debug: (line: string) => lines.push(line) });
      const error = (await spec.read.call(client).then(
        () => undefined,
        (caught: unknown) => caught,
      )) as Error;
      expect(error).toBeInstanceOf(Error);
      const outputs = [error.message, error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 10 }), ...lines];
      for (const output of outputs) {
        expect(output).not.toContain(spec.validKey);
      }
    });

    test('drops the auth header on a cross-origin redirect', async () => {
      const { client, recording } = build([
        new Response(null, { status: 302, headers: { location: 'https://elsewhere.conduit.test/landing' } }),
        spec.read.success(),
      ]);
      await spec.read.call(client);
      expect(recording.requests).toHaveLength(2);
      expect(recording.requests[0]?.headers.get(spec.authHeader.name)).toBe(spec.authHeader.value(spec.validKey));
      expect(new URL(recording.requests[1]?.url ?? '').host).toBe('elsewhere.conduit.test');
      expect(recording.requests[1]?.headers.get(spec.authHeader.name)).toBeNull();
    });

    test('identifies itself in the user agent', async () => {
      const { client, recording } = build([spec.read.success()]);
      await spec.read.call(client);
      expect(recording.requests[0]?.headers.get('user-agent')).toMatch(/^conduit-[a-z]+\/\d/);
    });
  });
}
