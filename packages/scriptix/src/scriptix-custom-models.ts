import { type APIPromise, callApi, type PagePromise, type RequestOptions } from '@conduit/core';
import { scriptixOperations } from '@conduit/specs/scriptix';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { enveloped, scriptixListEnvelope } from './scriptix-envelope.js';
import { scriptixList } from './scriptix-list.js';
import { withTrailingSlash } from './scriptix-request-options.js';
import type { ScriptixCreateCustomModelInput, ScriptixCustomModel, ScriptixCustomModelList } from './scriptix-types.js';
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
}

const querySchema = z.strictObject({
  perPage: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
  status: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
  language: z.optional(languageSchema),
  baseModel: z.optional(z.string()),
  maxItems: z.optional(z.number().check(z.int(), z.minimum(0))),
});
const createSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  language_id: z.union([z.number(), z.string().check(z.minLength(1))]),
  organization_id: z.optional(z.union([z.number(), z.string()])),
});

type ModelFilters = Omit<CustomModelQuery, 'maxItems'>;

const modelsQuery = (page: number, filters: ModelFilters) => ({
  page,
  per_page: filters.perPage,
  status: filters.status,
  language: filters.language,
  base_model: filters.baseModel,
});

/** Custom language models (`createCustomModel`, `listCustomModels`, `getCustomModel`). */
export function createCustomModelsNamespace(context: ScriptixContext) {
  const { api, transport } = context;

  return {
    /** Creates a custom model. */
    create(input: ScriptixCreateCustomModelInput, options?: RequestOptions): APIPromise<ScriptixCustomModel> {
      return callApi(transport, {
        label: 'Scriptix customModels.create',
        options,
        send: (fetch) => api.POST('/custom_models', { body: validateInput(createSchema, input, 'customModels.create'), fetch }),
        read: enveloped('createCustomModel'),
      });
    },
    /** Custom models matching the filters (page/per_page): await it for the first page, or `for await` every model. */
    list(query: CustomModelQuery = {}, options?: RequestOptions): PagePromise<ScriptixCustomModelList, ScriptixCustomModel> {
      let filters: ModelFilters = {};
      return scriptixList<ScriptixCustomModelList>(transport, {
        label: 'Scriptix customModels.list',
        operation: scriptixOperations.listCustomModels,
        options,
        check: () => {
          const { maxItems, ...rest } = validateInput(querySchema, query, 'customModels.list');
          filters = rest;
          return { size: rest.perPage ?? 25, maxItems };
        },
        fetchPage: (cursor, fetch) => api.GET('/custom_models', { params: { query: modelsQuery(cursor.page, filters) }, fetch }),
      });
    },
    /** One page (numbered from 1), as the API answers it (`result`, `count`, `total_results`). */
    listPage(page: number, query: ModelFilters = {}, options?: RequestOptions): APIPromise<ScriptixCustomModelList> {
      return callApi(transport, {
        label: 'Scriptix customModels.listPage',
        options,
        send: (fetch) => {
          const checked = validateInput(querySchema, query, 'customModels.list');
          return api.GET('/custom_models', { params: { query: modelsQuery(page, checked) }, fetch });
        },
        read: { what: 'Scriptix listCustomModels', envelope: scriptixListEnvelope },
      });
    },
    /** One custom model (the docs print the path with a trailing slash). */
    get(modelId: number | string, options?: RequestOptions): APIPromise<ScriptixCustomModel> {
      return callApi(transport, {
        label: 'Scriptix customModels.get',
        options,
        send: (fetch) =>
          api.GET('/custom_models/{modelId}', {
            params: { path: { modelId: checkId(modelId, 'modelId') } },
            fetch: withTrailingSlash(fetch),
          }),
        read: enveloped('getCustomModel'),
      });
    },
  };
}
