import { assertKnownOptions, type CallOptions, ConfigurationError, type Sleep, type Transport } from '@conduit/core';
import type { paths } from '@conduit/specs/hesedvid';
import type { Client } from 'openapi-fetch';

/** Per-call options every method takes last. Durations are milliseconds. */
export type RequestOptions = Omit<CallOptions, 'bucket'>;

const requestOptionKeys = ['idempotent', 'signal', 'timeout', 'deadline', 'maxRetries'];

/** What the resource namespaces share: the raw client, the transport and the client's scope. */
export interface HesedVidContext {
  readonly api: Client<paths>;
  readonly transport: Transport;
  /** The checked base URL, without a trailing slash. */
  readonly baseUrl: string;
  readonly orgId: string;
  readonly environment: string | undefined;
  /** The caller's `fetch` option, used for signed-URL uploads (no API key is sent there). */
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly now: () => number;
  readonly sleep: Sleep | undefined;
}

/** Checks a method's `RequestOptions` and turns them into a per-call fetch for openapi-fetch. */
export function callFetch(
  context: HesedVidContext,
  options: RequestOptions | undefined,
  label: string,
): (input: Request) => Promise<Response> {
  if (options === undefined) {
    return context.transport;
  }
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError(`${label}: request options must be an object.`);
  }
  assertKnownOptions(options, requestOptionKeys, label);
  return context.transport.with(options);
}

/** A non-empty video ID, or a `ConfigurationError` saying what to pass. */
export function requireVideoId(videoId: unknown, label: string): string {
  if (typeof videoId !== 'string' || videoId.trim() === '') {
    throw new ConfigurationError(`${label}: pass the video's public ID (e.g. \`pubvid_AbCdEf\`) as the first argument.`);
  }
  return videoId;
}

/** The environment of an environment-scoped call: the override, else the client's `environment`. */
export function requireEnvironment(context: HesedVidContext, override: string | undefined, label: string): string {
  const environment = override ?? context.environment;
  if (typeof environment !== 'string' || environment.trim() === '') {
    throw new ConfigurationError(
      `${label}: this call is scoped to an environment. Pass \`environment\` (an ID such as \`env_prod_123456789\` or a slug such as \`prod\`) to createHesedVidClient or to this call.`,
    );
  }
  return environment;
}
