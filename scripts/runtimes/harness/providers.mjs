import { createApiVideoClient } from '@conduit/apivideo';
import { createGenAIClient } from '@conduit/genai';
import { createHesedVidClient } from '@conduit/hesedvid';
import { createScriptixClient } from '@conduit/scriptix';
import { createViddyScribeClient } from '@conduit/viddyscribe';

/**
 * @typedef {{ id: string, create: (options: object) => { api: { GET: (path: string) => Promise<unknown> } },
 *   authHeader: (key: string) => [string, string] }} HarnessProvider
 */

/** @type {HarnessProvider[]} The five clients, how to make one, and the auth header each must send. */
export const providers = [
  { id: 'viddyscribe', create: (options) => createViddyScribeClient(options), authHeader: (key) => ['x-api-key', key] },
  {
    id: 'hesedvid',
    create: (options) => createHesedVidClient({ orgId: 'org_123456789', environment: 'prod', ...options }),
    authHeader: (key) => ['x-api-key', key],
  },
  { id: 'scriptix', create: (options) => createScriptixClient(options), authHeader: (key) => ['authorization', `Bearer ${key}`] },
  {
    id: 'apivideo',
    create: (options) => createApiVideoClient(options),
    authHeader: (key) => ['authorization', `Basic ${btoa(`${key}:`)}`],
  },
  { id: 'genai', create: (options) => createGenAIClient(options), authHeader: (key) => ['authorization', `Bearer ${key}`] },
];
