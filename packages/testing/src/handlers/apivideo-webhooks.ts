import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { apivideoRoute, empty, invalid, json, notFound, pageOf, problem, readJson } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

type Schemas = components['schemas'];

/** Every webhook event type. */
export const apivideoMockWebhookEvents: readonly Schemas['WebhookEventType'][] = [
  'video.encoding.quality.completed',
  'video.source.recorded',
  'live-stream.broadcast.started',
  'live-stream.broadcast.ended',
  'video.caption.generated',
  'video.summary.generated',
];

/** Webhooks (4 operations): subscriptions with a `signatureSecret`; a per-account limit answers `webhook-limit-reached`. */
export function apivideoWebhookHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  const _base = state.baseUrl;
  return {
    listWebhooks: apivideoRoute(state, ({ url }) => {
      const event = url.searchParams.get('events') as Schemas['WebhookEventType'] | null;
      const items = [...state.webhooks.values()].filter((webhook) => event === null || webhook.events?.includes(event));
      const page = pageOf(items, url, '/webhooks');
      return page instanceof Response ? page : json<Schemas['WebhooksListResponse']>(page);
    }),
    createWebhook: apivideoRoute(state, async ({ request }) => {
      const body = await readJson(request);
      if (body instanceof Response) {
        return body;
      }
      const events = body.events;
      if (
        !Array.isArray(events) ||
        events.length === 0 ||
        events.some((event) => !apivideoMockWebhookEvents.includes(event)) ||
        new Set(events).size !== events.length
      ) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'events', {
          detail: `Use distinct events among: ${apivideoMockWebhookEvents.join(', ')}.`,
        });
      }
      if (typeof body.url !== 'string' || !/^https?:\/\//i.test(body.url) || !URL.canParse(body.url)) {
        return invalid('invalid-attribute', 'An attribute is invalid.', 'url', { detail: 'Use an http or https URL.' });
      }
      if (state.webhooks.size >= state.options.maxWebhooks) {
        return problem(400, 'webhook-limit-reached', 'Your account has reached the webhook urls limit.', { name: null });
      }
      const webhook: Schemas['Webhook'] = {
        webhookId: state.nextId('webhook_'),
        createdAt: state.timestamp(),
        events: events as Schemas['WebhookEventType'][],
        url: body.url,
        signatureSecret: state.nextId('sig_sec_'),
      };
      state.webhooks.set(webhook.webhookId!, webhook);
      return json<Schemas['Webhook']>(webhook, 201);
    }),
    getWebhook: apivideoRoute(state, ({ params }) => {
      const webhook = state.webhooks.get(params.webhookId ?? '');
      return webhook ? json<Schemas['Webhook']>(webhook) : notFound('webhookId');
    }),
    deleteWebhook: apivideoRoute(state, ({ params }) =>
      state.webhooks.delete(params.webhookId ?? '') ? empty(204) : notFound('webhookId'),
    ),
  };
}
