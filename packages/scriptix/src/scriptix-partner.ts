import * as z from 'zod/mini';
import type { ScriptixContext } from './scriptix-context.js';
import { readPage, readResult, type ScriptixPage } from './scriptix-envelope.js';
import { type ListOptions, paginateOffset } from './scriptix-paginate.js';
import { callFetch, type RequestOptions } from './scriptix-request-options.js';
import type { ScriptixResellerTranscript, ScriptixWebhookConfig } from './scriptix-types.js';
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

/** Partner endpoints: a reseller customer's transcripts and an admin's view of customer webhooks. */
export function createPartnerNamespaces(context: ScriptixContext) {
  const { api, transport } = context;

  const transcriptsPage = async (
    customerId: number | string,
    page: { offset?: number; limit?: number } & TranscriptQuery = {},
    options?: RequestOptions,
  ): Promise<ScriptixPage<ScriptixResellerTranscript>> => {
    const { offset, limit, ...rest } = page;
    const query = { ...validateInput(transcriptQuerySchema, rest, 'reseller.listTranscripts'), offset, limit };
    const params = { path: { customerId: checkId(customerId, 'customerId') }, query };
    return readPage(api.GET('/reseller/customer/{customerId}/transcript', { params, fetch: callFetch(transport, options) }));
  };

  const webhooksPage = async (
    customerId: number | string,
    page: { offset?: number; limit?: number; q?: string } = {},
    options?: RequestOptions,
  ): Promise<ScriptixPage<ScriptixWebhookConfig>> => {
    const params = { path: { customerId: checkId(customerId, 'customerId') }, query: page };
    return readPage(api.GET('/admin/customer/{customerId}/webhooks', { params, fetch: callFetch(transport, options) }));
  };

  return {
    /** Reseller endpoints: a customer's transcripts. */
    reseller: {
      /** Every transcript of a customer (`listCustomerTranscripts`, offset/limit up to 1000 per page). */
      listTranscripts(
        customerId: number | string,
        query: TranscriptQuery & ListOptions = {},
      ): AsyncGenerator<ScriptixResellerTranscript, void, undefined> {
        const { limit, maxItems, signal, ...filters } = query;
        validateInput(transcriptQuerySchema, filters, 'reseller.listTranscripts');
        checkId(customerId, 'customerId');
        return paginateOffset(
          (offset, size, pageSignal) => transcriptsPage(customerId, { ...filters, offset, limit: size }, { signal: pageSignal }),
          {
            limit,
            maxItems,
            signal,
          },
          1000,
        );
      },
      /** One page of a customer's transcripts. */
      listTranscriptsPage: transcriptsPage,
    },
    /** Admin endpoints: a customer's webhook configurations. */
    webhookAdmin: {
      /** Every webhook configuration of a customer (`listCustomerWebhooks`), optionally searched with `q`. */
      list(customerId: number | string, query: { q?: string } & ListOptions = {}): AsyncGenerator<ScriptixWebhookConfig, void, undefined> {
        const { q, ...listOptions } = query;
        checkId(customerId, 'customerId');
        return paginateOffset((offset, limit, signal) => webhooksPage(customerId, { offset, limit, q }, { signal }), listOptions);
      },
      /** One page of a customer's webhook configurations. */
      listPage: webhooksPage,
      /** One webhook configuration (`getCustomerWebhook`). */
      async get(customerId: number | string, webhookId: number | string, options?: RequestOptions): Promise<ScriptixWebhookConfig> {
        const params = { path: { customerId: checkId(customerId, 'customerId'), webhookId: checkId(webhookId, 'webhookId') } };
        return readResult(api.GET('/admin/customer/{customerId}/webhooks/{webhookId}', { params, fetch: callFetch(transport, options) }));
      },
    },
  };
}
