import { ConfigurationError } from '@conduit/core';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import {
  type ApiVideoIterateOptions,
  type ApiVideoPage,
  type ApiVideoPageOptions,
  checkPaging,
  iteratePages,
} from './apivideo-pagination.js';
import { type ApiVideoRequestOptions, callFetch } from './apivideo-request-options.js';
import { bodyOf, noBody } from './apivideo-response.js';
import type { Webhook, WebhookCreationPayload, WebhookEventType } from './apivideo-types.js';

/** Every event a webhook can subscribe to. */
export const apivideoWebhookEvents: readonly WebhookEventType[] = [
  'video.encoding.quality.completed',
  'video.source.recorded',
  'live-stream.broadcast.started',
  'live-stream.broadcast.ended',
  'video.caption.generated',
  'video.summary.generated',
];

/** Filter of `webhooks.list`. */
export interface WebhookListQuery {
  /** Webhooks subscribed to this event. */
  events?: WebhookEventType | undefined;
}

const pageKeys = ['events', 'currentPage', 'pageSize'];

/** `client.webhooks`: webhook subscriptions (deliveries are signed: see `verifyWebhookSignature`). */
export function createWebhooksNamespace(context: ApiVideoContext) {
  const { api, transport } = context;

  const listPage = async (
    query?: WebhookListQuery & ApiVideoPageOptions,
    options?: ApiVideoRequestOptions,
  ): Promise<ApiVideoPage<Webhook>> => {
    const label = 'webhooks.listPage';
    const params = checkObject(query, pageKeys, label) as WebhookListQuery & ApiVideoPageOptions;
    checkEnum(params.events, apivideoWebhookEvents, 'events', label);
    checkPaging(params, label);
    return bodyOf(api.GET('/webhooks', { params: { query: params }, fetch: callFetch(transport, options, label) }));
  };

  return {
    /** Iterates webhooks (`GET /webhooks`). */
    list(query?: WebhookListQuery & ApiVideoIterateOptions, options?: ApiVideoRequestOptions): AsyncGenerator<Webhook, void, undefined> {
      const { maxItems, ...rest } = checkObject(query, [...pageKeys, 'maxItems'], 'webhooks.list') as WebhookListQuery &
        ApiVideoIterateOptions;
      return iteratePages((paging) => listPage({ ...rest, ...paging }, options), { ...rest, maxItems }, options?.signal, 'webhooks.list');
    },
    /** One page of webhooks (`GET /webhooks`). */
    listPage,
    /** Subscribes `url` to `events`; keep the returned `signatureSecret` to verify deliveries (`POST /webhooks`). */
    async create(payload: WebhookCreationPayload, options?: ApiVideoRequestOptions): Promise<Webhook> {
      const label = 'webhooks.create';
      const body = checkObject(payload, ['events', 'url'], label) as WebhookCreationPayload;
      if (!Array.isArray(body.events) || body.events.length === 0 || new Set(body.events).size !== body.events.length) {
        throw new ConfigurationError(`${label}: events must be a non-empty list of distinct events.`);
      }
      for (const event of body.events) {
        checkEnum(event, apivideoWebhookEvents, 'each event', label);
      }
      if (typeof body.url !== 'string' || !/^https?:\/\//i.test(body.url) || !URL.canParse(body.url)) {
        throw new ConfigurationError(`${label}: url must be an http(s) URL, got ${JSON.stringify(body.url)}.`);
      }
      return bodyOf(api.POST('/webhooks', { body, fetch: callFetch(transport, options, label) }));
    },
    /** One webhook (`GET /webhooks/{webhookId}`). */
    async get(webhookId: string, options?: ApiVideoRequestOptions): Promise<Webhook> {
      return bodyOf(
        api.GET('/webhooks/{webhookId}', {
          params: { path: { webhookId: requireId(webhookId, 'webhookId', 'webhooks.get') } },
          fetch: callFetch(transport, options, 'webhooks.get'),
        }),
      );
    },
    /** Deletes a webhook (`DELETE /webhooks/{webhookId}`). */
    async delete(webhookId: string, options?: ApiVideoRequestOptions): Promise<void> {
      return noBody(
        api.DELETE('/webhooks/{webhookId}', {
          params: { path: { webhookId: requireId(webhookId, 'webhookId', 'webhooks.delete') } },
          fetch: callFetch(transport, options, 'webhooks.delete'),
        }),
      );
    },
  };
}

/** The `webhooks` namespace of an api.video client. */
export type ApiVideoWebhooks = ReturnType<typeof createWebhooksNamespace>;
