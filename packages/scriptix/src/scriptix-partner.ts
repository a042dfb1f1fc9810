import { type APIPromise, callApi, type PagePromise, type RequestOptions } from '@conduit/core';
import { scriptixOperations } from '@conduit/specs/scriptix';
import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { enveloped, scriptixListEnvelope } from './scriptix-envelope.js';
import { type ListOptions, listOptionsShape, scriptixList } from './scriptix-list.js';
import type {
  ScriptixResellerTranscript,
  ScriptixResellerTranscriptList,
  ScriptixWebhookConfig,
  ScriptixWebhookConfigList,
} from './scriptix-types.js';
import { checkId, validateInput } from './scriptix-validate.js';

/** Sorting and filters of `reseller.listTranscripts`. */
export interface TranscriptQuery {
  /** Sort direction. */
  direction?: 'asc' | 'desc' | undefined;
  /** Field to sort by, e.g. `created_at`. */
  sort?: string | undefined;
  /** `key=value` filters, e.g. `['language=en']`. */
  filter?: string[] | undefined;
}

const transcriptQuerySchema = z.strictObject({
  direction: z.optional(z.enum(['asc', 'desc'])),
  sort: z.optional(z.string().check(z.minLength(1))),
  filter: z.optional(z.array(z.string().check(z.refine((value) => /^[^=]+=.*$/.test(value), 'must look like "key=value"')))),
});

const transcriptListSchema = z.extend(transcriptQuerySchema, listOptionsShape);
const webhookListSchema = z.strictObject({ q: z.optional(z.string()), ...listOptionsShape });

/** Partner endpoints: a reseller customer's transcripts and an admin's view of customer webhooks. */
export function createPartnerNamespaces(context: ScriptixContext) {
  const { api, transport } = context;
  const customer = (customerId: unknown) => ({ customerId: checkId(customerId, 'customerId') });

  return {
    /** Reseller endpoints: a customer's transcripts. */
    reseller: {
      /**
       * A customer's transcripts (`listCustomerTranscripts`, offset/limit up to 1000 per page): await it
       * for the first page, or `for await` every transcript.
       */
      listTranscripts(
        customerId: number | string,
        query: TranscriptQuery & ListOptions = {},
        options?: RequestOptions,
      ): PagePromise<ScriptixResellerTranscriptList, ScriptixResellerTranscript> {
        let filters: TranscriptQuery = {};
        return scriptixList<ScriptixResellerTranscriptList>(transport, {
          label: 'Scriptix reseller.listTranscripts',
          operation: scriptixOperations.listCustomerTranscripts,
          options,
          check: () => {
            const { limit, maxItems, ...rest } = validateInput(transcriptListSchema, query, 'reseller.listTranscripts');
            checkId(customerId, 'customerId');
            filters = rest;
            return { size: Math.min(limit ?? 25, 1000), maxItems };
          },
          fetchPage: (cursor, fetch) =>
            api.GET('/reseller/customer/{customerId}/transcript', {
              params: { path: customer(customerId), query: { ...filters, offset: cursor.offset, limit: cursor.size } },
              fetch,
            }),
        });
      },
      /** One page of a customer's transcripts, as the API answers it. */
      listTranscriptsPage(
        customerId: number | string,
        page: { offset?: number; limit?: number } & TranscriptQuery = {},
        options?: RequestOptions,
      ): APIPromise<ScriptixResellerTranscriptList> {
        return callApi(transport, {
          label: 'Scriptix reseller.listTranscriptsPage',
          options,
          send: (fetch) => {
            const { offset, limit, ...rest } = page;
            const query = { ...validateInput(transcriptQuerySchema, rest, 'reseller.listTranscripts'), offset, limit };
            return api.GET('/reseller/customer/{customerId}/transcript', { params: { path: customer(customerId), query }, fetch });
          },
          read: { what: 'Scriptix listCustomerTranscripts', envelope: scriptixListEnvelope },
        });
      },
    },
    /** Admin endpoints: a customer's webhook configurations. */
    webhookAdmin: {
      /**
       * A customer's webhook configurations (`listCustomerWebhooks`), optionally searched with `q`: await
       * it for the first page, or `for await` every configuration.
       */
      list(
        customerId: number | string,
        query: { q?: string } & ListOptions = {},
        options?: RequestOptions,
      ): PagePromise<ScriptixWebhookConfigList, ScriptixWebhookConfig> {
        let q: string | undefined;
        return scriptixList<ScriptixWebhookConfigList>(transport, {
          label: 'Scriptix webhookAdmin.list',
          operation: scriptixOperations.listCustomerWebhooks,
          options,
          check: () => {
            const checked = validateInput(webhookListSchema, query, 'webhookAdmin.list');
            checkId(customerId, 'customerId');
            q = checked.q;
            return { size: checked.limit ?? 25, maxItems: checked.maxItems };
          },
          fetchPage: (cursor, fetch) =>
            api.GET('/admin/customer/{customerId}/webhooks', {
              params: { path: customer(customerId), query: { offset: cursor.offset, limit: cursor.size, q } },
              fetch,
            }),
        });
      },
      /** One page of a customer's webhook configurations, as the API answers it. */
      listPage(
        customerId: number | string,
        page: { offset?: number; limit?: number; q?: string } = {},
        options?: RequestOptions,
      ): APIPromise<ScriptixWebhookConfigList> {
        return callApi(transport, {
          label: 'Scriptix webhookAdmin.listPage',
          options,
          send: (fetch) => api.GET('/admin/customer/{customerId}/webhooks', { params: { path: customer(customerId), query: page }, fetch }),
          read: { what: 'Scriptix listCustomerWebhooks', envelope: scriptixListEnvelope },
        });
      },
      /** One webhook configuration (`getCustomerWebhook`). */
      get(customerId: number | string, webhookId: number | string, options?: RequestOptions): APIPromise<ScriptixWebhookConfig> {
        return callApi(transport, {
          label: 'Scriptix webhookAdmin.get',
          options,
          send: (fetch) => {
            const path = { ...customer(customerId), webhookId: checkId(webhookId, 'webhookId') };
            return api.GET('/admin/customer/{customerId}/webhooks/{webhookId}', { params: { path }, fetch });
          },
          read: enveloped('getCustomerWebhook'),
        });
      },
    },
  };
}
