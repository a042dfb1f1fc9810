import { APIError, AuthenticationError, BadRequestError, NotFoundError, redact } from '@conduit/core';
import { providers } from './providers.mjs';
import { check } from './run-cases.mjs';
import { fakeTime, json, scriptedFetch } from './scripted-fetch.mjs';

async function failureOf(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/**
 * The runtime-neutral subset of the conformance behaviours, per provider: auth header, typed
 * errors, a 429 retried after its `Retry-After`, no retry of a 400, and no key in any error form.
 *
 * @param {{ keys: Record<string, string> }} config
 * @returns {import('./run-cases.mjs').HarnessCase[]}
 */
export function conformanceCases(config) {
  return providers
    .flatMap((provider) => {
      const key = config.keys[provider.id];
      const client = (answers, extra = {}) => {
        const scripted = scriptedFetch(answers);
        const time = fakeTime();
        const made = provider.create({ apiKey: key, fetch: scripted.fetch, now: time.now, sleep: time.sleep, ...extra });
        return { api: made.api, requests: scripted.requests, sleeps: time.sleeps };
      };
      return [
        {
          name: `${provider.id}: sends its auth header`,
          run: async () => {
            const { api, requests } = client([json(200, {})]);
            await api.GET('/conformance');
            const [name, value] = provider.authHeader(key);
            check(requests[0]?.headers.get(name) === value, `expected ${name} to carry the key (got ${requests[0]?.headers.has(name)})`);
          },
        },
        {
          name: `${provider.id}: a 404 answer is a typed NotFoundError`,
          run: async () => {
            const { api } = client([json(404, { message: 'missing' })], { maxRetries: 0 });
            const error = await failureOf(api.GET('/conformance'));
            check(NotFoundError.isInstance(error) && APIError.isInstance(error), `expected NotFoundError, got ${error?.name}`);
            check(error.status === 404 && error.provider === provider.id, `status ${error.status}, provider ${error.provider}`);
          },
        },
        {
          name: `${provider.id}: a 429 with Retry-After is retried after the hinted wait`,
          run: async () => {
            const { api, requests, sleeps } = client([json(429, { message: 'slow down' }, { 'retry-after': '2' }), json(200, {})]);
            await api.GET('/conformance');
            check(requests.length === 2, `expected 2 attempts, got ${requests.length}`);
            check(sleeps.includes(2000), `expected a 2000 ms wait, slept ${JSON.stringify(sleeps)}`);
          },
        },
        {
          name: `${provider.id}: a 400 is not retried`,
          run: async () => {
            const { api, requests } = client([json(400, { message: 'bad request' }), json(200, {})]);
            const error = await failureOf(api.GET('/conformance'));
            check(BadRequestError.isInstance(error), `expected BadRequestError, got ${error?.name}`);
            check(requests.length === 1, `expected 1 attempt, got ${requests.length}`);
          },
        },
        {
          name: `${provider.id}: the key appears in no error message, JSON or string form`,
          run: async () => {
            const { api } = client([json(401, { message: `invalid key ${key}`, error: `invalid key ${key}` })], { maxRetries: 0 });
            const error = await failureOf(api.GET(`/conformance?api_key=${key}`));
            check(AuthenticationError.isInstance(error), `expected AuthenticationError, got ${error?.name}`);
            for (const [form, text] of Object.entries({ message: error.message, json: JSON.stringify(error), string: String(error) })) {
              check(!text.includes(key), `the key leaked into the error's ${form}`);
            }
          },
        },
      ];
    })
    .concat([
      {
        name: 'core: redact() hides signed-URL signatures',
        run: async () => {
          const text = redact('PUT https://storage.example/v.mp4?X-Goog-Signature=abc123def&sig=s3cr3t&token=t0k3n failed');
          check(!/abc123def|s3cr3t|t0k3n/.test(text), `not redacted: ${text}`);
          check(text.includes('https://storage.example/v.mp4'), `over-redacted: ${text}`);
        },
      },
    ]);
}
