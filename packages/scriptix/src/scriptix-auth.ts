import { type APIPromise, callApi, type RequestOptions } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import type { ScriptixLoginInput, ScriptixLoginResult, ScriptixMfaLoginInput } from './scriptix-types.js';
import { checkHttpUrl, validateInput } from './scriptix-validate.js';

const credentials = {
  username: z.string().check(z.minLength(1)),
  password: z.string().check(z.minLength(1)),
  remember_me: z.optional(z.boolean()),
};
const loginSchema = z.strictObject(credentials);
const mfaSchema = z.union([
  z.strictObject({ ...credentials, totp_code: z.string().check(z.regex(/^\d{6}$/)) }),
  z.strictObject({ ...credentials, backup_code: z.string().check(z.minLength(1)) }),
]);

const formBody = (body: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(body).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]))).toString();
const formHeaders = { 'Content-Type': 'application/x-www-form-urlencoded' };
const params = { query: { login_type: 'token' as const } };

/**
 * Dashboard login (`login`, `loginWithMfa`, `loginWithMicrosoft`). The answer's `access_token` is a
 * JWT usable as `apiKey`. These calls go through a transport without the client's key.
 */
export function createAuthNamespace(context: ScriptixContext) {
  const { api, transport } = context;
  return {
    /** Logs in with username and password; repeat with `loginWithMfa` when `mfa_required` is true. */
    login(input: ScriptixLoginInput, options?: RequestOptions): APIPromise<ScriptixLoginResult> {
      return callApi(transport, {
        label: 'Scriptix auth.login',
        options,
        send: (fetch) => {
          const body = validateInput(loginSchema, input, 'auth.login');
          return api.POST('/auth/login', { params, body, bodySerializer: formBody, headers: formHeaders, fetch });
        },
        read: { what: 'Scriptix login' },
      });
    },
    /** Logs in with a second factor (`totp_code` or `backup_code`). */
    loginWithMfa(input: ScriptixMfaLoginInput, options?: RequestOptions): APIPromise<ScriptixLoginResult> {
      return callApi(transport, {
        label: 'Scriptix auth.loginWithMfa',
        options,
        send: (fetch) => {
          const body = validateInput(mfaSchema, input, 'auth.loginWithMfa');
          return api.POST('/auth/login/mfa', { params, body, bodySerializer: formBody, headers: formHeaders, fetch });
        },
        read: { what: 'Scriptix loginWithMfa' },
      });
    },
    /** The URL to send a browser to for Microsoft single sign-on (`loginWithMicrosoft`); the JWT comes back on `redirectUri`. */
    microsoftLoginUrl(redirectUri: string): string {
      const checked = checkHttpUrl(redirectUri, 'auth.microsoftLoginUrl `redirectUri`');
      return `${context.baseUrl}/auth/login/microsoft?${new URLSearchParams({ redirect_uri: checked })}`;
    },
  };
}
