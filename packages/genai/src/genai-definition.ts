import { bearer, type ProviderDefinition } from '@conduit/core';
import { parseGenAIError } from './genai-error.js';
import { defaultGenAIBaseUrl, genaiEnvironmentVariable, genaiKeyFormat, genaiKeyFormatDescription } from './genai-options.js';

/** Rate-limit bucket per operation path, from the spec's `x-conduit-bucket` (every GenAI operation is in `default`). */
export const genaiBuckets: Readonly<Record<string, string>> = {
  '/generate': 'default',
  '/generate/image': 'default',
  '/analyze': 'default',
  '/models': 'default',
  '/new-endpoint': 'default',
};

const bucketPaths = Object.keys(genaiBuckets).sort((a, b) => b.length - a.length);

/** Picks a request's bucket by the operation path its URL ends with (the base URL is configurable). */
export function genaiBucket(request: Request): string {
  const path = new URL(request.url).pathname.replace(/\/$/, '');
  const match = bucketPaths.find((candidate) => path.endsWith(candidate));
  return (match && genaiBuckets[match]) ?? 'default';
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
  bucket: genaiBucket,
};
