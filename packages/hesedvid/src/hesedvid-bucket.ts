/** HesedVid's three hourly rate-limit buckets. */
export type HesedVidBucket = 'general' | 'video' | 'analytics';

/**
 * The bucket of a path below the base URL (`/{orgID}/...`), as the spec's `x-conduit-bucket`
 * assigns it: analytics endpoints use `analytics`, every other endpoint under a `/videos` path
 * uses `video`, and the rest `general`. Matched by position, so IDs never confuse it.
 */
export function hesedvidBucket(path: string): HesedVidBucket {
  // [orgID, resource, id, sub-resource, ...]
  const segments = path.split('?')[0]?.split('/').filter(Boolean) ?? [];
  const resource = segments[1];
  if (resource === 'analytics' || (resource === 'videos' && segments[3] === 'analytics')) {
    return 'analytics';
  }
  if (resource === 'videos' || (resource === 'environments' && segments[3] === 'videos')) {
    return 'video';
  }
  return 'general';
}
