import { bearer, createOperationRouting, type ProviderDefinition } from '@conduit/core';
import { genAIRoutes } from '@conduit/specs/genai';
import { parseGenAIError } from './genai-error.js';
import { defaultGenAIBaseUrl, genaiEnvironmentVariable, genaiKeyFormat, genaiKeyFormatDescription } from './genai-options.js';

/** Rate-limit bucket per operation path, read from the generated operation table (`x-conduit-bucket`). */
export const genaiBuckets: Readonly<Record<string, string>> = Object.fromEntries(genAIRoutes.map(([, path, , bucket]) => [path, bucket]));

const routing = createOperationRouting(genAIRoutes);

/** Picks a request's bucket from the operation table (the base URL is configurable: matched by suffix). */
export function genaiBucket(request: Request): string {
  return routing.bucket(request);
}

/** What `@conduit/core` needs to know about GenAI. */
export const genaiDefinition: ProviderDefinition = {
  id: 'genai',
  name: 'GenAI',
  environmentVariable: genaiEnvironmentVariable,
  defaultBaseUrl: defaultGenAIBaseUrl,
  keyFormat: genaiKeyFormat,
  keyFormatDescription: genaiKeyFormatDescription,
  auth: bearer(),
  parseError: parseGenAIError,
  ...routing,
};
