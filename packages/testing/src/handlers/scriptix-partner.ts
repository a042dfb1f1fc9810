import type { components } from '@conduit/specs/scriptix';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { badRequest, fail, json, listEnvelope, readJson, readOffsetLimit } from './scriptix-respond.js';
import { type Caller, scriptixRoute } from './scriptix-route.js';
import type { ScriptixMockState } from './scriptix-state.js';

type Schemas = components['schemas'];

/** Custom models, reseller transcripts, customer webhooks (admin) and the v4 realtime-control routes. */
export function createScriptixPartnerHandlers(state: ScriptixMockState): Record<string, MockRouteHandler> {
  const realtimeInitialize = ({ caller }: { caller: Caller }) => {
    const answer: Schemas['RealtimeInitializeResult'] = {
      status: 'ready',
      message: 'Realtime service initialized',
      ready: true,
      endpoint: state.realtimeEndpoint,
    };
    return json(caller, answer);
  };
  const realtimeStatus = ({ caller }: { caller: Caller }) => {
    const answer: Schemas['RealtimeStatusResult'] = { status: 'ready', ready: true, endpoint: state.realtimeEndpoint };
    return json(caller, answer);
  };

  return {
    createCustomModel: scriptixRoute(async ({ request, caller }) => {
      const body = (await readJson(request)) as Partial<Schemas['CreateCustomModelRequest']> | undefined;
      if (typeof body?.name !== 'string' || body.name.length === 0) {
        return badRequest(caller, 'name', 'required');
      }
      if (body.language_id === undefined || body.language_id === '') {
        return badRequest(caller, 'language_id', 'required');
      }
      state.nextId++;
      const model: Schemas['CustomModel'] = {
        id: state.nextId,
        name: body.name,
        language_id: body.language_id,
        status: 1,
        base_model: 'nl-nl',
      };
      state.customModels.set(String(model.id), model);
      const answer: Schemas['CustomModelResponse'] = { result: model };
      return json(caller, answer, 201);
    }),

    listCustomModels: scriptixRoute(({ request, caller }) => {
      const url = new URL(request.url);
      const page = url.searchParams.get('page') ?? '1';
      const perPage = url.searchParams.get('per_page') ?? '25';
      const status = url.searchParams.get('status');
      if (!/^\d+$/.test(page) || Number(page) < 1) {
        return badRequest(caller, 'page', 'must be an integer >= 1');
      }
      if (!/^\d+$/.test(perPage) || Number(perPage) < 1 || Number(perPage) > 100) {
        return badRequest(caller, 'per_page', 'must be an integer from 1 to 100');
      }
      if (status !== null && !/^[1-5]$/.test(status)) {
        return badRequest(caller, 'status', 'must be 1-5');
      }
      const baseModel = url.searchParams.get('base_model');
      const models = [...state.customModels.values()].filter(
        (model) => (status === null || model.status === Number(status)) && (baseModel === null || model.base_model === baseModel),
      );
      const answer: Schemas['CustomModelListResponse'] = listEnvelope(models, (Number(page) - 1) * Number(perPage), Number(perPage));
      return json(caller, answer);
    }),

    getCustomModel: scriptixRoute(({ request, params, caller }) => {
      const model = state.customModels.get(String(params.modelId));
      if (!model) {
        return fail(caller, 404, 'Custom model not found');
      }
      const answer: Schemas['CustomModelResponse'] = { result: model };
      return json(caller, answer);
    }),

    listCustomerTranscripts: scriptixRoute(({ request, params, caller }) => {
      const rows = state.customerTranscripts.get(String(params.customerId));
      if (!rows) {
        return fail(caller, 404, 'Customer not found');
      }
      const url = new URL(request.url);
      const page = readOffsetLimit(url, caller, 1000);
      if (page instanceof Response) {
        return page;
      }
      const direction = url.searchParams.get('direction');
      if (direction !== null && direction !== 'asc' && direction !== 'desc') {
        return badRequest(caller, 'direction', 'must be asc or desc');
      }
      const filters = url.searchParams.getAll('filter').map((filter) => filter.split('='));
      if (filters.some((pair) => pair.length < 2 || !pair[0])) {
        return badRequest(caller, 'filter', 'must look like key=value');
      }
      const sort = (url.searchParams.get('sort') ?? 'created_at') as keyof Schemas['ResellerTranscript'];
      const matching = rows
        .filter((row) => filters.every(([key, ...value]) => String(row[key as keyof typeof row]) === value.join('=')))
        .sort((a, b) => String(a[sort]).localeCompare(String(b[sort])) * (direction === 'desc' ? -1 : 1));
      const answer: Schemas['ResellerTranscriptListResponse'] = listEnvelope(matching, page.offset, page.limit);
      return json(caller, answer);
    }),

    listCustomerWebhooks: scriptixRoute(({ request, params, caller }) => {
      const hooks = state.customerWebhooks.get(String(params.customerId));
      if (!hooks) {
        return fail(caller, 404, 'Customer not found');
      }
      const url = new URL(request.url);
      const page = readOffsetLimit(url, caller);
      if (page instanceof Response) {
        return page;
      }
      const q = url.searchParams.get('q');
      const matching = hooks.filter((hook) => q === null || JSON.stringify(hook).includes(q));
      const answer: Schemas['WebhookConfigListResponse'] = listEnvelope(matching, page.offset, page.limit);
      return json(caller, answer);
    }),

    getCustomerWebhook: scriptixRoute(({ request, params, caller }) => {
      const hook = state.customerWebhooks
        .get(String(params.customerId))
        ?.find((candidate) => String(candidate.id) === String(params.webhookId));
      if (!hook) {
        return fail(caller, 404, 'Webhook not found');
      }
      const answer: Schemas['WebhookConfigResponse'] = { result: hook };
      return json(caller, answer);
    }),

    // v4, and the same routes under the v3 base so the embedded mock server (one mount per provider) serves them.
    initializeRealtime: scriptixRoute(realtimeInitialize),
    getRealtimeStatus: scriptixRoute(realtimeStatus),
  };
}
