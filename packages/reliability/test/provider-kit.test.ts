import * as apivideoModule from '@conduit/apivideo';
import * as core from '@conduit/core';
import * as genaiModule from '@conduit/genai';
import * as hesedvidModule from '@conduit/hesedvid';
import * as scriptixModule from '@conduit/scriptix';
import { apiVideoDocument } from '@conduit/specs/apivideo/document';
import { genAIDocument } from '@conduit/specs/genai/document';
import { hesedVidDocument } from '@conduit/specs/hesedvid/document';
import { scriptixDocument } from '@conduit/specs/scriptix/document';
import { viddyScribeDocument } from '@conduit/specs/viddyscribe/document';
import * as viddyscribeModule from '@conduit/viddyscribe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localMethods } from './support/local-methods.js';
import { type ProviderMocks, providerKeys, startProviderMocks } from './support/provider-mocks.js';

type Provider = keyof typeof localMethods;

/** Core's error classes and the kit's promise classes: every provider re-exports exactly these. */
const sharedExports = [
  'APIError',
  'APIConnectionError',
  'APITimeoutError',
  'AuthenticationError',
  'BadRequestError',
  'ConduitError',
  'ConfigurationError',
  'ConflictError',
  'InternalServerError',
  'NotFoundError',
  'PermissionDeniedError',
  'QuotaExceededError',
  'RateLimitError',
  'RequestAbortedError',
  'ResponseValidationError',
  'UnprocessableEntityError',
  'APIPromise',
  'PagePromise',
] as const;

const modules: Record<Provider, Record<string, unknown>> = {
  viddyscribe: viddyscribeModule,
  hesedvid: hesedvidModule,
  scriptix: scriptixModule,
  apivideo: apivideoModule,
  genai: genaiModule,
};

const documents: Record<Provider, Readonly<Record<string, unknown>>> = {
  viddyscribe: viddyScribeDocument,
  hesedvid: hesedVidDocument,
  scriptix: scriptixDocument,
  apivideo: apiVideoDocument,
  genai: genAIDocument,
};

/** Every property name a spec declares, anywhere in it. */
function specFieldNames(document: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(document)) {
    for (const item of document) {
      specFieldNames(item, names);
    }
  } else if (typeof document === 'object' && document !== null) {
    for (const [key, value] of Object.entries(document)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        for (const name of Object.keys(value)) {
          names.add(name);
        }
      }
      specFieldNames(value, names);
    }
  }
  return names;
}

/** Field names of returned data, outside free-form maps (metadata and the like are values, not fields). */
function returnedFieldNames(value: unknown, names = new Set<string>(), depth = 0): Set<string> {
  if (depth > 8 || typeof value !== 'object' || value === null || value instanceof Response || value instanceof Blob) {
    return names;
  }
  for (const [key, item] of Array.isArray(value) ? value.map((entry, index) => [String(index), entry] as const) : Object.entries(value)) {
    if (!Array.isArray(value)) {
      names.add(key);
    }
    returnedFieldNames(item, names, depth + 1);
  }
  return names;
}

/** `[path, method]` for every method of a client object, `api`, `transport` and `use` left out. */
function methodsOf(client: object, prefix = ''): Array<[string, (...args: unknown[]) => unknown]> {
  const found: Array<[string, (...args: unknown[]) => unknown]> = [];
  for (const [name, value] of Object.entries(client)) {
    if (name === 'api' || name === 'transport' || name === 'use') {
      continue;
    }
    if (typeof value === 'function') {
      found.push([`${prefix}${name}`, value as (...args: unknown[]) => unknown]);
    } else if (typeof value === 'object' && value !== null) {
      found.push(...methodsOf(value, `${prefix}${name}.`));
    }
  }
  return found;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} neither resolved nor rejected within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let mocks: ProviderMocks;
let clients: Record<Provider, object>;
/** Field names of every JSON answer body of the method under test: what the server itself sent. */
const sentNames = new Set<string>();

const recordAnswers: core.Middleware = {
  name: 'record-answers',
  onResponse: async ({ response }) => {
    if ((response.headers.get('content-type') ?? '').includes('json')) {
      try {
        returnedFieldNames(JSON.parse(await response.clone().text()), sentNames);
      } catch {
        // Not JSON after all: nothing the server named.
      }
    }
  },
};

beforeAll(async () => {
  mocks = await startProviderMocks();
  const url = mocks.server.url;
  const common = { maxRetries: 0, timeout: 5_000 };
  clients = {
    viddyscribe: viddyscribeModule.createViddyScribeClient({ ...common, apiKey: providerKeys.viddyscribe, baseUrl: `${url}/viddyscribe` }),
    hesedvid: hesedvidModule.createHesedVidClient({
      ...common,
      apiKey: providerKeys.hesedvid,
      baseUrl: `${url}/hesedvid`,
      orgId: 'org_123456789',
      environment: 'prod',
    }),
    scriptix: scriptixModule.createScriptixClient({ ...common, apiKey: providerKeys.scriptix, baseUrl: `${url}/scriptix` }),
    apivideo: apivideoModule.createApiVideoClient({ ...common, apiKey: providerKeys.apivideo, baseUrl: `${url}/apivideo` }),
    genai: genaiModule.createGenAIClient({ ...common, apiKey: providerKeys.genai, baseUrl: `${url}/genai` }),
  };
  for (const client of Object.values(clients)) {
    (client as { use(...middleware: core.Middleware[]): void }).use(recordAnswers);
  }
});

afterAll(() => mocks?.close());

const providers = Object.keys(localMethods) as Provider[];

describe('every provider re-exports the same shared classes as core', () => {
  it.each(providers)('%s', (provider) => {
    const module = modules[provider];
    const missing = sharedExports.filter((name) => module[name] !== (core as Record<string, unknown>)[name]);
    expect(missing).toEqual([]);
  });
});

/** Calls with real arguments, for providers whose every method needs one: their answers are checked for names too. */
const sampleCalls: Partial<Record<Provider, (client: never) => Array<[string, () => unknown]>>> = {
  viddyscribe: (client: viddyscribeModule.ViddyScribeClient) => [
    ['media.upload(url)', () => client.media.upload('https://media.example.com/kit.mp4')],
    [
      'generateText(media)',
      () =>
        APIPromiseFrom(async () => {
          const media = await client.media.upload('https://media.example.com/kit-text.mp4');
          return client.generateText(media.media_id, { format: 'vtt' }).withResponse();
        }),
    ],
  ],
};

const APIPromiseFrom = core.APIPromise.from;

describe('every method that sends a request returns an APIPromise and fails only with typed errors', () => {
  it.each(providers)('%s, each method called with no arguments', async (provider) => {
    const methods = methodsOf(clients[provider]).filter(([path]) => !localMethods[provider].includes(path));
    expect(methods.length).toBeGreaterThan(3);
    const samples = sampleCalls[provider]?.(clients[provider] as never) ?? [];
    const specNames = specFieldNames(documents[provider]);
    const problems: string[] = [];
    let resolved = 0;
    for (const [path, method] of [...methods, ...samples]) {
      let result: unknown;
      sentNames.clear();
      try {
        result = method();
      } catch (error) {
        problems.push(`${path}: threw synchronously (${(error as Error).name}) instead of rejecting`);
        continue;
      }
      if (!(result instanceof core.APIPromise)) {
        problems.push(`${path}: returned ${Object.prototype.toString.call(result)}, not an APIPromise`);
        continue;
      }
      try {
        const answer = await within(result.withResponse(), 10_000, path);
        resolved++;
        expect(answer.response).toBeInstanceOf(Response);
        // A field the client returns is the spec's, or the server's own (an open object passed through); never one the client made up.
        const invented = [...returnedFieldNames(answer.data)].filter((name) => !specNames.has(name) && !sentNames.has(name));
        if (invented.length > 0) {
          problems.push(`${path}: returned fields neither the spec nor the server named: ${invented.join(', ')}`);
        }
      } catch (error) {
        if (!core.ConduitError.isInstance(error)) {
          problems.push(`${path}: rejected with ${(error as Error)?.name ?? typeof error}, not a typed Conduit error: ${String(error)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Lists, account reads and the sample calls really answer from the mock, so their names were checked.
    expect(resolved).toBeGreaterThan(0);
  });
});
