import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Operation {
  operationId?: string;
  security?: unknown[];
  responses?: Record<string, unknown>;
  'x-conduit-bucket'?: string;
}
interface Spec {
  openapi: string;
  security?: unknown[];
  paths: Record<string, Record<string, Operation>>;
}

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Minimum operation counts (api.video exact): a spec that loses an operation fails here. */
const expected: Record<string, { count: number; exact?: boolean; buckets: string[]; noAuth: string[]; redirectOnly?: string[] }> = {
  viddyscribe: { count: 9, buckets: ['default'], noAuth: [] },
  genai: { count: 5, buckets: ['generate', 'analyze', 'models', 'other'], noAuth: [] },
  hesedvid: { count: 15, buckets: ['general', 'video', 'analytics'], noAuth: [] },
  scriptix: {
    count: 34,
    buckets: ['default'],
    noAuth: ['login', 'loginWithMfa', 'loginWithMicrosoft'],
    redirectOnly: ['loginWithMicrosoft'],
  },
  apivideo: {
    count: 59,
    exact: true,
    buckets: ['upload', 'write', 'read'],
    noAuth: ['uploadWithUploadToken', 'authenticate', 'refreshAccessToken'],
  },
};

function operationsOf(spec: Spec): Array<{ path: string; method: string; operation: Operation }> {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    methods.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] as Operation })),
  );
}

for (const [provider, rules] of Object.entries(expected)) {
  describe(`openapi/${provider}.yaml`, () => {
    const spec = parse(readFileSync(new URL(`../../../openapi/${provider}.yaml`, import.meta.url), 'utf8')) as Spec;
    const operations = operationsOf(spec);

    it('is OpenAPI 3.1', () => {
      expect(spec.openapi).toMatch(/^3\.1\./);
    });

    it(`has ${rules.exact ? 'exactly' : 'at least'} ${rules.count} operations`, () => {
      if (rules.exact) {
        expect(operations).toHaveLength(rules.count);
      } else {
        expect(operations.length).toBeGreaterThanOrEqual(rules.count);
      }
    });

    it('gives every operation a unique operationId', () => {
      const ids = operations.map(({ operation }) => operation.operationId);
      expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('documents a 2xx (3xx for browser redirect flows) and a 4xx response on every operation', () => {
      const missing = operations
        .filter(({ operation }) => {
          const codes = Object.keys(operation.responses ?? {});
          const success = rules.redirectOnly?.includes(operation.operationId ?? '') ? /^3/ : /^2/;
          return !codes.some((code) => success.test(code)) || !codes.some((code) => /^4/.test(code));
        })
        .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
      expect(missing).toEqual([]);
    });

    it('secures every operation that needs auth', () => {
      const unsecured = operations
        .filter(({ operation }) => {
          const security = operation.security ?? spec.security ?? [];
          return security.length === 0 && !rules.noAuth.includes(operation.operationId ?? '');
        })
        .map(({ operation }) => operation.operationId);
      expect(unsecured).toEqual([]);
    });

    it('names a known rate-limit bucket on every operation', () => {
      const wrong = operations
        .filter(({ operation }) => !rules.buckets.includes(operation['x-conduit-bucket'] ?? ''))
        .map(({ operation }) => `${operation.operationId}: ${operation['x-conduit-bucket']}`);
      expect(wrong).toEqual([]);
    });
  });
}
