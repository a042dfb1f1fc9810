import { createApiVideoClient } from '@conduit/apivideo';
import type { ClientOptions } from '@conduit/core';
import { createGenAIClient } from '@conduit/genai';
import { createHesedVidClient } from '@conduit/hesedvid';
import { createScriptixClient } from '@conduit/scriptix';
import { createViddyScribeClient } from '@conduit/viddyscribe';

/** Options every factory below accepts (each provider's own extras are filled in). */
export type FactoryOptions = Pick<
  ClientOptions,
  'apiKey' | 'baseUrl' | 'fetch' | 'timeout' | 'deadline' | 'maxRetries' | 'sleep' | 'debug'
>;

/** One provider: its id, the environment variable of its key, and a factory taking the shared options. */
export interface ProviderFactory {
  id: 'genai' | 'viddyscribe' | 'hesedvid' | 'scriptix' | 'apivideo';
  environmentVariable: string;
  create(options: FactoryOptions): unknown;
}

/** `create<Provider>Client` for each of the five providers. */
export const providerFactories: readonly ProviderFactory[] = [
  { id: 'genai', environmentVariable: 'GENAI_API_KEY', create: (options) => createGenAIClient(options) },
  { id: 'viddyscribe', environmentVariable: 'VIDDYSCRIBE_API_KEY', create: (options) => createViddyScribeClient(options) },
  {
    id: 'hesedvid',
    environmentVariable: 'HESEDVID_API_KEY',
    create: (options) => createHesedVidClient({ ...options, orgId: 'org_123456789', environment: 'prod' }),
  },
  { id: 'scriptix', environmentVariable: 'SCRIPTIX_API_KEY', create: (options) => createScriptixClient(options) },
  { id: 'apivideo', environmentVariable: 'APIVIDEO_API_KEY', create: (options) => createApiVideoClient(options) },
];

/** Clears the providers' key variables for the duration of a suite; returns a function that puts them back. */
export function clearKeyEnvironment(): () => void {
  const saved = providerFactories.map((factory) => [factory.environmentVariable, process.env[factory.environmentVariable]] as const);
  for (const [name] of saved) {
    delete process.env[name];
  }
  return () => {
    for (const [name, value] of saved) {
      if (value !== undefined) {
        process.env[name] = value;
      }
    }
  };
}
