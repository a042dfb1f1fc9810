import { createScenarios, type Scenarios } from '../scenarios/create-scenarios.js';
import type { ProviderProfile } from '../scenarios/provider-profile.js';
import { apivideoDocs } from './apivideo-http.js';

/** A key the mock accepts (api.video documents no format; real keys look like this: 43 letters and digits). */
export const apivideoTestKey = 'avTestKey9VxMaPgsaFg7EBqmuspSzF7sAbd4NX2iK8';

/** How the generic scenarios answer like api.video: problem+json bodies and `X-RateLimit-*` headers. */
export function createApiVideoProfile(baseUrl = 'https://ws.api.video'): ProviderProfile {
  return {
    id: 'apivideo',
    baseUrl,
    errorBody: (status, code, message) => ({ type: code.includes('://') ? code : `${apivideoDocs}${code}`, title: message, status }),
    expiredKeyCode: 'authentication-invalid-api-key',
    rateLimitCode: 'too-many-requests',
    rateLimitHeaders: ({ limit, remaining, retryAfterSeconds }) => ({
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Retry-After': String(retryAfterSeconds ?? 60),
    }),
    errorContentType: 'application/problem+json',
  };
}

/** api.video's profile on the production base URL. */
export const apivideoProfile: ProviderProfile = createApiVideoProfile();

/** Failure scenarios in api.video's style (`rateLimited()`, `outage()`, `expiredKey()`, `sequence()`, ...). */
export const apivideoScenarios: Scenarios = createScenarios(apivideoProfile);
