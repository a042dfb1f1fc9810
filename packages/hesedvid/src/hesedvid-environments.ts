import { type APIPromise, callApi, type RequestOptions, readJson } from '@conduit/core';
import * as z from 'zod/mini';
import type { HesedVidContext } from './hesedvid-context.js';
import { hesedvidAnswer } from './hesedvid-envelope.js';

/** An environment of the organization. HesedVid documents no fields; `id` and `name` appear in examples. */
export interface HesedVidEnvironment {
  /** Environment id. */
  id?: string | undefined;
  /** Display name. */
  name?: string | undefined;
  [field: string]: unknown;
}

/** `client.environments`. */
export interface HesedVidEnvironments {
  /** The organization's environments (`listEnvironments`); also a cheap way to test a key. */
  list(options?: RequestOptions): APIPromise<HesedVidEnvironment[]>;
}

const environmentSchema = z.looseObject({ id: z.optional(z.string()), name: z.optional(z.string()) });
// The body's shape is not documented: a bare array (the spec's example) or an object holding one.
// Unwrapped after parsing (a zod pipe/transform would pull two schema kinds only this list uses).
const environmentListSchema = z.union([z.array(environmentSchema), z.looseObject({ environments: z.array(environmentSchema) })]);

/** Builds `client.environments` on a shared context. */
export function createEnvironments(context: HesedVidContext): HesedVidEnvironments {
  return {
    list(options) {
      const label = 'environments.list';
      return callApi(context.transport, {
        label,
        options,
        send: (fetch) => context.api.GET('/{orgID}/environments', { params: { path: { orgID: context.orgId } }, fetch }),
        read: (result) => {
          const list = readJson<z.infer<typeof environmentListSchema>>(result, hesedvidAnswer(label, environmentListSchema));
          return Array.isArray(list) ? list : list.environments;
        },
      });
    },
  };
}
