/** api.video's three rate-limit classes, as declared by `x-conduit-bucket` in the spec. */
export type ApiVideoBucket = 'upload' | 'write' | 'read';

const uploadPaths = [/\/videos\/[^/]+\/source$/, /\/videos\/[^/]+\/thumbnail$/, /\/upload$/];

/**
 * Picks the rate-limit bucket of a request by method and path: video source, video thumbnail
 * and delegated uploads are `upload`, other reads `read`, every other method `write`
 * (so live-stream thumbnails, captions, watermarks and logos count as writes, as in the spec).
 */
export function apivideoBucket(request: Request): ApiVideoBucket {
  const method = request.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    return 'read';
  }
  const path = new URL(request.url).pathname.replace(/\/+$/, '');
  if (method === 'POST' && uploadPaths.some((pattern) => pattern.test(path))) {
    return 'upload';
  }
  return 'write';
}
