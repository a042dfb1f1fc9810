import { paginate } from '@conduit/core';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { readPage, readResult, type ScriptixPage } from './scriptix-envelope.js';
import { callFetch, type RequestOptions, withTrailingSlash } from './scriptix-request-options.js';
import type { ScriptixCreateCustomModelInput, ScriptixCustomModel } from './scriptix-types.js';
import { checkId, languageSchema, validateInput } from './scriptix-validate.js';

/** Filters and paging of `customModels.list` (page/per_page, unlike the offset/limit elsewhere). */
export interface CustomModelQuery {
  /** Items per page, 1-100 (default 25). */
  perPage?: number | undefined;
  /** Model status code 1-5 (meanings not documented). */
  status?: number | undefined;
  /** Language filter. */
  language?: string | undefined;
  /** Base model filter. */
  baseModel?: string | undefined;
  /** Stop after this many items. */
  maxItems?: number | undefined;
  /** Aborts the iteration. */
  signal?: AbortSignal | undefined;
}

const querySchema = z.strictObject({
  perPage: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
  status: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
  language: z.optional(languageSchema),
  baseModel: z.optional(z.string()),
  maxItems: z.optional(z.number().check(z.int(), z.minimum(0))),
  signal: z.optional(z.custom<AbortSignal>((value) => value instanceof AbortSignal)),
});
const createSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  language_id: z.union([z.number(), z.string().check(z.minLength(1))]),
  organization_id: z.optional(z.union([z.number(), z.string()])),
});

/** Custom language models (`createCustomModel`, `listCustomModels`, `getCustomModel`). */
export function createCustomModelsNamespace(context: ScriptixContext) {
  const { api, transport } = context;
  const listPage = async (
    page: number,
    query: CustomModelQuery = {},
    options?: RequestOptions,
  ): Promise<ScriptixPage<ScriptixCustomModel>> => {
    const checked = validateInput(querySchema, query, 'customModels.list');
    const params = {
      query: { page, per_page: checked.perPage, status: checked.status, language: checked.language, base_model: checked.baseModel },
    };
    return readPage(api.GET('/custom_models', { params, fetch: callFetch(transport, options) }));
  };

  return {
    /** Creates a custom model. */
    async create(input: ScriptixCreateCustomModelInput, options?: RequestOptions): Promise<ScriptixCustomModel> {
      const body = validateInput(createSchema, input, 'customModels.create');
      return readResult(api.POST('/custom_models', { body, fetch: callFetch(transport, options) }));
    },
    /** Every custom model matching the filters, page by page. */
    list(query: CustomModelQuery = {}): AsyncGenerator<ScriptixCustomModel, void, undefined> {
      const checked = validateInput(querySchema, query, 'customModels.list');
      const { maxItems, signal, ...filters } = checked;
      return paginate(
        async (cursor) => {
          const page = await listPage(cursor.page, filters, { signal });
          const seen = (cursor.page - 1) * cursor.size + page.items.length;
          return { items: page.items, hasMore: page.totalResults === undefined ? undefined : seen < page.totalResults };
        },
        { kind: 'page', firstPage: 1, pageSize: checked.perPage ?? 25 },
        { maxItems, signal },
      );
    },
    /** One page (numbered from 1) with `count` and `total_results`. */
    listPage,
    /** One custom model (the docs print the path with a trailing slash). */
    async get(modelId: number | string, options?: RequestOptions): Promise<ScriptixCustomModel> {
      const params = { path: { modelId: checkId(modelId, 'modelId') } };
      return readResult(api.GET('/custom_models/{modelId}', { params, fetch: withTrailingSlash(callFetch(transport, options)) }));
    },
  };
}
