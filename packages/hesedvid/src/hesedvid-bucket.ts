import { createOperationMatcher } from '@conduit/core';
import { type HesedVidOperationId, type hesedVidOperations, hesedVidRoutes } from '@conduit/specs/hesedvid';

/** HesedVid's hourly rate-limit buckets, as the spec's `x-conduit-bucket` declares them. */
export type HesedVidBucket = (typeof hesedVidOperations)[HesedVidOperationId]['bucket'];

const operations = hesedVidRoutes.map(([method, path, operationId, bucket]) => ({
  method,
  path,
  operationId,
  bucket: bucket as HesedVidBucket,
}));
const match = createOperationMatcher(operations, { basePath: '' });
const methods = [...new Set(operations.map((operation) => operation.method))];

/**
 * The bucket of a path below the base URL (`/{orgID}/...`), read from the operation table generated
 * from the spec: the operation of `method` when given, else of the first method the path has;
 * `general` for a path the spec does not know.
 */
export function hesedvidBucket(path: string, method?: string): HesedVidBucket {
  for (const candidate of method === undefined ? methods : [method, ...methods]) {
    const found = match(candidate, path);
    if (found) {
      return found.operation.bucket;
    }
  }
  return 'general';
}
