import { type APIPromise, ConfigurationError, type RequestOptions } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { emptyCall, jsonCall } from './apivideo-call.js';
import { checkEnum, checkObject, requireId } from './apivideo-checks.js';
import type { ApiVideoContext } from './apivideo-context.js';
import { type ApiVideoListOptions, type ApiVideoPage, listCall, pagingKeys, splitPaging } from './apivideo-pagination.js';
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

const queryKeys = ['events', ...pagingKeys];

/** `client.webhooks`: webhook subscriptions (deliveries are signed: see `verifyWebhookSignature`). */
export function createWebhooksNamespace(context: ApiVideoContext) {
  const { api } = context;
  return {
    /** Webhooks (`GET /webhooks`): await for one page, or iterate every webhook. */
    list(query?: WebhookListQuery & ApiVideoListOptions, options?: RequestOptions) {
      const label = 'webhooks.list';
      return listCall<WebhookListQuery, ApiVideoPage<Webhook>>(context, {
        label,
        operation: apiVideoOperations.listWebhooks,
        options,
        check: () => {
          const given = splitPaging<WebhookListQuery>(checkObject(query, queryKeys, label));
          checkEnum(given.query.events, apivideoWebhookEvents, 'events', label);
          return given;
        },
        send: (params, page, fetch) => api.GET('/webhooks', { params: { query: { ...params, ...page } }, fetch }),
      });
    },
    /** Subscribes `url` to `events`; keep the returned `signatureSecret` to verify deliveries (`POST /webhooks`). */
    create(payload: WebhookCreationPayload, options?: RequestOptions): APIPromise<Webhook> {
      const label = 'webhooks.create';
      return jsonCall(context, label, options, (fetch) => {
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
        return api.POST('/webhooks', { body, fetch });
      });
    },
    /** One webhook (`GET /webhooks/{webhookId}`). */
    get(webhookId: string, options?: RequestOptions): APIPromise<Webhook> {
      return jsonCall(context, 'webhooks.get', options, (fetch) =>
        api.GET('/webhooks/{webhookId}', { params: { path: { webhookId: requireId(webhookId, 'webhookId', 'webhooks.get') } }, fetch }),
      );
    },
    /** Deletes a webhook (`DELETE /webhooks/{webhookId}`). */
    delete(webhookId: string, options?: RequestOptions): APIPromise<void> {
      return emptyCall(context, 'webhooks.delete', options, (fetch) =>
        api.DELETE('/webhooks/{webhookId}', {
          params: { path: { webhookId: requireId(webhookId, 'webhookId', 'webhooks.delete') } },
          fetch,
        }),
      );
    },
  };
}

/** The `webhooks` namespace of an api.video client. */
export type ApiVideoWebhooks = ReturnType<typeof createWebhooksNamespace>;
