import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { readPage, readResult, type ScriptixPage } from './scriptix-envelope.js';
import { type ListOptions, paginateOffset } from './scriptix-paginate.js';
import { callFetch, type RequestOptions } from './scriptix-request-options.js';
import type { ScriptixAccount, ScriptixCreatedToken, ScriptixToken, ScriptixTokenType } from './scriptix-types.js';
import { checkId, validateInput } from './scriptix-validate.js';

const createTokenSchema = z.strictObject({ name: z.string().check(z.minLength(1)), type: z.enum(['batch', 'realtime']) });

/** API tokens (`createToken`, `listTokens`, `deleteToken`; managing them needs the DEVELOPER role) and the account. */
export function createTokensNamespace(context: ScriptixContext) {
  const { api, transport } = context;
  const listPage = async (page: { offset?: number; limit?: number } = {}, options?: RequestOptions): Promise<ScriptixPage<ScriptixToken>> =>
    readPage(api.GET('/tokens', { params: { query: page }, fetch: callFetch(transport, options) }));

  return {
    /** Creates a `batch` or `realtime` token; its `key` is in this answer only. */
    async create(input: { name: string; type: ScriptixTokenType }, options?: RequestOptions): Promise<ScriptixCreatedToken> {
      const body = validateInput(createTokenSchema, input, 'tokens.create');
      return readResult(api.POST('/tokens', { body, fetch: callFetch(transport, options) }));
    },
    /** Every token of the account, page by page (keys are never returned again). */
    list(options?: ListOptions): AsyncGenerator<ScriptixToken, void, undefined> {
      return paginateOffset((offset, limit, signal) => listPage({ offset, limit }, { signal }), options);
    },
    /** One page of tokens with `count` and `total_results`. */
    listPage,
    /** Revokes a token at once; requests with it then fail with `KEY_REVOKED`. */
    async delete(tokenId: number | string, options?: RequestOptions): Promise<void> {
      const params = { path: { tokenId: checkId(tokenId, 'tokenId') } };
      await api.DELETE('/tokens/{tokenId}', { params, fetch: callFetch(transport, options) });
    },
  };
}

/** The authenticated account (`getAccount`). */
export function createAccountNamespace(context: ScriptixContext) {
  return {
    /** The account of the calling token (fields not documented). */
    async get(options?: RequestOptions): Promise<ScriptixAccount> {
      return readResult(context.api.GET('/account/me', { fetch: callFetch(context.transport, options) }));
    },
  };
}
