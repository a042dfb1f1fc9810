import { assertSecureUrl, ConfigurationError } from '@conduit/core';
import { type ApiVideoEnvironment, apivideoBaseUrls } from './apivideo-options.js';

/** The base URL to call and how to name it in messages. */
export interface ApiVideoTarget {
  /** Base URL without a trailing slash. */
  baseUrl: string;
  /** `production`, `sandbox`, or `the API at <url>` for a custom base URL. */
  target: string;
  environment: ApiVideoEnvironment;
}

/** Resolves `environment` and `baseUrl` (an explicit `baseUrl` wins) and checks both. */
export function resolveTarget(environment: unknown, baseUrl: unknown, label: string): ApiVideoTarget {
  if (environment !== undefined && environment !== 'production' && environment !== 'sandbox') {
    throw new ConfigurationError(`${label}: environment must be 'production' or 'sandbox', got ${JSON.stringify(environment)}.`);
  }
  if (baseUrl !== undefined && typeof baseUrl !== 'string') {
    throw new ConfigurationError(`${label}: baseUrl must be a string URL.`);
  }
  const chosen: ApiVideoEnvironment = environment ?? 'production';
  const url = assertSecureUrl(baseUrl ?? apivideoBaseUrls[chosen]).href.replace(/\/+$/, '');
  const known = Object.entries(apivideoBaseUrls).find(([, value]) => value === url)?.[0];
  const target = known ? `${known} (${url})` : baseUrl === undefined ? chosen : `the API at ${url}`;
  return { baseUrl: url, target, environment: chosen };
}
