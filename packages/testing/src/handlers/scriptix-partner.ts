import type { components } from '@conduit/specs/scriptix';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { badRequest, fail, json, listEnvelope } from './scriptix-respond.js';
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
    createCustomModel: scriptixRoute(({ fields, caller }) => {
      if (fields.language_id === '') {
        return badRequest(caller, 'language_id', 'required');
      }
      state.nextId++;
      const model: Schemas['CustomModel'] = {
        id: state.nextId,
        name: String(fields.name),
        language_id: fields.language_id as Schemas['CustomModel']['language_id'],
        status: 1,
        base_model: 'nl-nl',
      };
      state.customModels.set(String(model.id), model);
      return json(caller, { result: model }, 201);
    }),

    listCustomModels: scriptixRoute(({ url, caller }) => {
      const [page, perPage, status] = ['page', 'per_page', 'status'].map((name) => url.searchParams.get(name));
      const baseModel = url.searchParams.get('base_model');
      const models = [...state.customModels.values()].filter(
        (model) => (status === null || model.status === Number(status)) && (baseModel === null || model.base_model === baseModel),
      );
      const size = Number(perPage ?? 25);
      const offset = (Number(page ?? 1) - 1) * size;
      return json(caller, {
        result: models.slice(offset, offset + size),
        count: Math.min(size, Math.max(0, models.length - offset)),
        total_results: models.length,
      });
    }),

    getCustomModel: scriptixRoute(({ params, caller }) => {
      const model = state.customModels.get(String(params.modelId));
      return model ? json(caller, { result: model }) : fail(caller, 404, 'Custom model not found');
    }),

    listCustomerTranscripts: scriptixRoute(({ url, params, caller }) => {
      const rows = state.customerTranscripts.get(String(params.customerId));
      if (!rows) {
        return fail(caller, 404, 'Customer not found');
      }
      const direction = url.searchParams.get('direction');
      const filters = url.searchParams.getAll('filter').map((filter) => filter.split('='));
      if (filters.some((pair) => pair.length < 2 || !pair[0])) {
        return badRequest(caller, 'filter', 'must look like key=value');
      }
      const sort = (url.searchParams.get('sort') ?? 'created_at') as keyof Schemas['ResellerTranscript'];
      const matching = rows
        .filter((row) => filters.every(([key, ...value]) => String(row[key as keyof typeof row]) === value.join('=')))
        .sort((a, b) => String(a[sort]).localeCompare(String(b[sort])) * (direction === 'desc' ? -1 : 1));
      return json(caller, listEnvelope(matching, url));
    }),

    listCustomerWebhooks: scriptixRoute(({ url, params, caller }) => {
      const hooks = state.customerWebhooks.get(String(params.customerId));
      const q = url.searchParams.get('q');
      return hooks
        ? json(
            caller,
            listEnvelope(
              hooks.filter((hook) => q === null || JSON.stringify(hook).includes(q)),
              url,
            ),
          )
        : fail(caller, 404, 'Customer not found');
    }),
    getCustomerWebhook: scriptixRoute(({ params, caller }) => {
      const hook = state.customerWebhooks
        .get(String(params.customerId))
        ?.find((candidate) => String(candidate.id) === String(params.webhookId));
      return hook ? json(caller, { result: hook }) : fail(caller, 404, 'Webhook not found');
    }),

    // v4, and the same routes under the v3 base so the embedded mock server (one mount per provider) serves them.
    initializeRealtime: scriptixRoute(realtimeInitialize),
    getRealtimeStatus: scriptixRoute(realtimeStatus),
  };
}
