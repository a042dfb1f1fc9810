import { type APIPromise, callApi, type PagePromise, type RequestOptions } from '@conduit/core';
import { scriptixOperations } from '@conduit/specs/scriptix';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { enveloped, scriptixListEnvelope } from './scriptix-envelope.js';
import { checkListOptions, type ListOptions, scriptixList } from './scriptix-list.js';
import type { ScriptixAccount, ScriptixCreatedToken, ScriptixToken, ScriptixTokenList, ScriptixTokenType } from './scriptix-types.js';
import { checkId, validateInput } from './scriptix-validate.js';

const createTokenSchema = z.strictObject({ name: z.string().check(z.minLength(1)), type: z.enum(['batch', 'realtime']) });

/** API tokens (`createToken`, `listTokens`, `deleteToken`; managing them needs the DEVELOPER role) and the account. */
export function createTokensNamespace(context: ScriptixContext) {
  const { api, transport } = context;

  return {
    /** Creates a `batch` or `realtime` token; its `key` is in this answer only. */
    create(input: { name: string; type: ScriptixTokenType }, options?: RequestOptions): APIPromise<ScriptixCreatedToken> {
      return callApi(transport, {
        label: 'Scriptix tokens.create',
        options,
        send: (fetch) => api.POST('/tokens', { body: validateInput(createTokenSchema, input, 'tokens.create'), fetch }),
        read: enveloped('createToken'),
      });
    },
    /** Tokens of the account (keys are never returned again): await it for the first page, or `for await` every token. */
    list(query: ListOptions = {}, options?: RequestOptions): PagePromise<ScriptixTokenList, ScriptixToken> {
      return scriptixList<ScriptixTokenList>(transport, {
        label: 'Scriptix tokens.list',
        operation: scriptixOperations.listTokens,
        options,
        check: () => {
          const checked = checkListOptions(query, 'tokens.list');
          return { size: checked.limit ?? 25, maxItems: checked.maxItems };
        },
        fetchPage: (cursor, fetch) => api.GET('/tokens', { params: { query: { offset: cursor.offset, limit: cursor.size } }, fetch }),
      });
    },
    /** One page of tokens, as the API answers it (`result`, `count`, `total_results`). */
    listPage(page: { offset?: number; limit?: number } = {}, options?: RequestOptions): APIPromise<ScriptixTokenList> {
      return callApi(transport, {
        label: 'Scriptix tokens.listPage',
        options,
        send: (fetch) => api.GET('/tokens', { params: { query: page }, fetch }),
        read: { what: 'Scriptix listTokens', envelope: scriptixListEnvelope },
      });
    },
    /** Revokes a token at once; requests with it then fail with `KEY_REVOKED`. */
    delete(tokenId: number | string, options?: RequestOptions): APIPromise<void> {
      return callApi(transport, {
        label: 'Scriptix tokens.delete',
        options,
        send: (fetch) => api.DELETE('/tokens/{tokenId}', { params: { path: { tokenId: checkId(tokenId, 'tokenId') } }, fetch }),
        read: () => undefined,
      });
    },
  };
}

/** The authenticated account (`getAccount`). */
export function createAccountNamespace(context: ScriptixContext) {
  return {
    /** The account of the calling token (fields not documented). */
    get(options?: RequestOptions): APIPromise<ScriptixAccount> {
      return callApi(context.transport, {
        label: 'Scriptix account.get',
        options,
        send: (fetch) => context.api.GET('/account/me', { fetch }),
        read: enveloped('getAccount'),
      });
    },
  };
}
