import { createOperationRouting } from '@conduit/core';
import { type ApiVideoOperationId, type apiVideoOperations, apiVideoRoutes } from '@conduit/specs/apivideo';

/** api.video's rate-limit classes, as the spec's `x-conduit-bucket` declares them. */
export type ApiVideoBucket = (typeof apiVideoOperations)[ApiVideoOperationId]['bucket'];

/** Bucket and operationId of a request to api.video, read from the generated operation table. */
export const apivideoRouting = createOperationRouting(apiVideoRoutes);

/**
 * Picks the rate-limit bucket of a request from the operation table generated from the spec
 * (`x-conduit-bucket`): video source, video thumbnail and delegated uploads are `upload`.
 */
export function apivideoBucket(request: Request): ApiVideoBucket {
  return apivideoRouting.bucket(request) as ApiVideoBucket;
}
