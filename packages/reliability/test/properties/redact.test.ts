import { createAPIError, redact, redactHeaders, redactValue, registerSecret } from '@conduit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../support/runs.js';

const keyAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const keyBody = fc.string({ unit: fc.constantFrom(...keyAlphabet), minLength: 16, maxLength: 48 });
/** A key in one of the providers' shapes (prefixed or not). */
const apiKey = fc
  .tuple(fc.constantFrom('', 'vsk_', 'hv_live_', 'hv_test_', 'token_', 'sk_live_', 'av'), keyBody)
  .map(([prefix, body]) => `${prefix}${body}`);
/** A signature or token as storage services write them (hex, base64url, or percent-encoded base64). */
const signature = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 128 }),
  fc.string({ unit: fc.constantFrom(...keyAlphabet), minLength: 24, maxLength: 64 }),
  fc.string({ unit: fc.constantFrom(...keyAlphabet, '%2B', '%2F', '%3D'), minLength: 24, maxLength: 64 }),
);
const signatureParameter = fc.constantFrom(
  'X-Goog-Signature',
  'x-goog-signature',
  'X-Amz-Signature',
  'X-Amz-Security-Token',
  'X-Amz-Credential',
  'X-Goog-Credential',
  'sig',
  'signature',
  'Signature',
  'token',
  'upload_token',
  'access_token',
  'api_key',
);
const otherParameters = fc.array(
  fc.tuple(
    fc.constantFrom('sv', 'se', 'sp', 'X-Goog-Date', 'X-Goog-Expires', 'X-Goog-Algorithm', 'expires', 'v'),
    fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/),
  ),
  { maxLength: 4 },
);

/** A signed URL with the sensitive parameter anywhere among others. */
const signedUrl = fc
  .tuple(
    fc.constantFrom(
      'https://storage.googleapis.com/bucket/users/u1/video.mp4',
      'https://scriptix.blob.core.windows.net/in/a.mp3',
      'https://s3.amazonaws.com/b/k',
    ),
    otherParameters,
    otherParameters,
    signatureParameter,
    signature,
    fc.constantFrom('', '#frag'),
  )
  .map(([base, before, after, name, value, fragment]) => {
    const query = [...before.map(([k, v]) => `${k}=${v}`), `${name}=${value}`, ...after.map(([k, v]) => `${k}=${v}`)].join('&');
    return { url: `${base}?${query}${fragment}`, token: value };
  });

/** Text around the secret: words, punctuation, JSON-ish and URL-ish fragments, unicode. */
const filler = fc.oneof(fc.string(), fc.constantFrom(' ', ': ', '"', "'", '=', '/', '?', '&', '\n', '(', ') ', 'key=', 'Bearer ', '://'));

/** Puts `secret` at a random place in a random JSON structure (as a string value, nested up to 12 levels). */
const jsonWith = (secret: string) =>
  fc
    .tuple(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat(3)), { maxLength: 12 }), filler, filler)
    .map(([base, path, before, after]) => {
      let leaf: unknown = `${before}${secret}${after}`;
      for (const step of [...path].reverse()) {
        leaf = typeof step === 'number' ? [...Array.from({ length: step }, () => null), leaf] : { [step]: leaf };
      }
      return { base, value: { base, leaf } };
    });

describe('redact (property)', () => {
  it('a registered key never survives, wherever it sits in a message, a URL or a header value', () => {
    fc.assert(
      fc.property(apiKey, filler, filler, fc.constantFrom('message', 'url', 'header'), (key, before, after, place) => {
        registerSecret(key);
        const text =
          place === 'url'
            ? `https://api.example.com/v1/${before}/items?q=${key}${after}`
            : place === 'header'
              ? `Bearer ${key}`
              : `${before}${key}${after}`;
        expect(redact(text)).not.toContain(key);
        expect(redactHeaders(new Headers({ 'x-echo': text.replace(/[\r\n\0]/g, ' ') }))['x-echo']).not.toContain(key);
      }),
      { numRuns },
    );
  });

  it('a signed-URL token never survives in the URL, in a message quoting it, in a header or in a JSON body', () => {
    fc.assert(
      fc.property(signedUrl, filler, filler, ({ url, token }, before, after) => {
        expect(redact(url)).not.toContain(token);
        expect(redact(`${before}upload to ${url} failed${after}`)).not.toContain(token);
        expect(redactHeaders(new Headers({ location: url, link: `<${url}>; rel="next"` })).location).not.toContain(token);
        expect(JSON.stringify(redactValue({ upload_url: url, nested: [{ signedURL: url }] }))).not.toContain(token);
      }),
      { numRuns },
    );
  });

  it('a registered key never survives anywhere in a JSON body, however deeply nested', () => {
    fc.assert(
      fc.property(
        apiKey.chain((key) => jsonWith(key).map((json) => ({ key, json }))),
        ({ key, json }) => {
          registerSecret(key);
          expect(JSON.stringify(redactValue(json.value))).not.toContain(key);
        },
      ),
      { numRuns },
    );
  });

  it('a registered key used as a JSON object key does not survive either', () => {
    fc.assert(
      fc.property(apiKey, fc.jsonValue({ maxDepth: 2 }), (key, value) => {
        registerSecret(key);
        expect(JSON.stringify(redactValue({ errors: { [key]: value } }))).not.toContain(key);
      }),
      { numRuns },
    );
  });

  it('a signed-URL token quoted bare in the answer to a request for that URL never survives in the APIError', () => {
    fc.assert(
      fc.property(signedUrl, filler, filler, fc.integer({ min: 400, max: 599 }), ({ url, token }, before, after, status) => {
        const quoted = `${before}${decodeURIComponent(token)}${after}`;
        const error = createAPIError(`refused: ${quoted}`, {
          status,
          provider: 'signed-url',
          url,
          body: { message: quoted, nested: [quoted], [token]: quoted },
          headers: new Headers({ 'x-echo': quoted.replace(/[^\x20-\x7e]/g, ' ') }),
        });
        const decoded = decodeURIComponent(token);
        for (const text of [error.message, error.stack ?? '', JSON.stringify(error)]) {
          expect(text).not.toContain(token);
          expect(text).not.toContain(decoded);
        }
      }),
      { numRuns },
    );
  });
});
