import * as z from 'zod/mini';
import { ConfigurationError } from '../errors/configuration-error.js';
import { maskSecret } from '../redaction/redact.js';

/** Where to find a provider's key and what it must look like. */
export interface LoadApiKeyOptions {
  /** The `apiKey` option as the caller passed it (any type: it is checked here). */
  apiKey: unknown;
  /** Environment variable read when the option is absent, e.g. `HESEDVID_API_KEY`. */
  environmentVariable: string;
  /** Provider display name for messages, e.g. `HesedVid`. */
  provider: string;
  /** The documented key format, as a zod/mini string schema. */
  format?: z.ZodMiniType<string>;
  /** Human description of the format for the error message, e.g. `hv_live_ or hv_test_ followed by letters and digits`. */
  formatDescription?: string;
}

function readEnvironment(name: string): string | undefined {
  const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return environment?.[name];
}

/**
 * Reads a key from the option or the environment, trims it and checks it against the
 * documented format. Throws `ConfigurationError` naming the variable and showing the key masked.
 */
export function loadApiKey(options: LoadApiKeyOptions): string {
  const { apiKey, environmentVariable, provider } = options;
  const fromOption = apiKey !== undefined && apiKey !== null;
  if (fromOption && typeof apiKey !== 'string') {
    throw new ConfigurationError(
      `${provider}: the \`apiKey\` option must be a string, got ${typeof apiKey}. Pass the key as a string, or omit it to read ${environmentVariable}.`,
    );
  }
  const raw = fromOption ? (apiKey as string) : readEnvironment(environmentVariable);
  const source = fromOption ? 'the `apiKey` option' : environmentVariable;
  const key = raw?.trim() ?? '';
  if (key === '') {
    throw new ConfigurationError(
      raw === undefined
        ? `${provider}: no API key. Pass \`apiKey\` or set the ${environmentVariable} environment variable.`
        : `${provider}: the API key from ${source} is empty. Set ${environmentVariable} or pass \`apiKey\`.`,
    );
  }
  if (/\s/.test(key)) {
    throw new ConfigurationError(
      `${provider}: the API key from ${source} (${maskSecret(key)}) contains whitespace. Check ${environmentVariable} or \`apiKey\`.`,
    );
  }
  if (options.format && !z.safeParse(options.format, key).success) {
    const expected = options.formatDescription ? ` Expected ${options.formatDescription}.` : '';
    throw new ConfigurationError(
      `${provider}: the API key from ${source} (${maskSecret(key)}) is not in the documented format.${expected} Check ${environmentVariable}.`,
    );
  }
  return key;
}
