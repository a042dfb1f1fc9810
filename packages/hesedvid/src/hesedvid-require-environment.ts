import { ConfigurationError } from '@conduit/core';
import type { HesedVidContext } from './hesedvid-context.js';

/** The environment of an environment-scoped call: the override, else the client's `environment`. */
export function requireEnvironment(context: HesedVidContext, override: string | undefined, label: string): string {
  const environment = override ?? context.environment;
  if (typeof environment !== 'string' || environment.trim() === '') {
    throw new ConfigurationError(
      `${label}: this call is scoped to an environment. Pass \`environment\` (an ID such as \`env_prod_123456789\` or a slug such as \`prod\`) to createHesedVidClient or to this call.`,
    );
  }
  return environment;
}
