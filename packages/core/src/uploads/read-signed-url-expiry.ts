/** `20240131T235959Z` (SigV4 / GCS V4 `X-*-Date`) as epoch milliseconds. */
function parseCompactDate(value: string | null): number | undefined {
  const match = value === null ? null : /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(value);
  return match ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!) : undefined;
}

/** The `exp` claim (epoch seconds) of a JWT, in milliseconds; `undefined` when the token is not a readable JWT. */
function jwtExpiry(token: string | null): number | undefined {
  const payload = token?.split('.')[1];
  if (payload === undefined) {
    return undefined;
  }
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When a signed URL stops working, read from the URL itself (no request): GCS V4 and S3 SigV4
 * (`X-Goog-Date`/`X-Amz-Date` plus `X-Goog-Expires`/`X-Amz-Expires` seconds), Azure SAS (`se`),
 * GCS V2 and CloudFront (`Expires`, epoch seconds) and a JWT `token` parameter's `exp` claim
 * (HesedVid playback). `undefined` when the URL says nothing about its lifetime.
 */
export function readSignedUrlExpiry(url: string | URL): Date | undefined {
  let query: URLSearchParams;
  try {
    query = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const get = (name: string) => query.get(name) ?? query.get(name.toLowerCase());
  const signedAt = parseCompactDate(get('X-Goog-Date') ?? get('X-Amz-Date'));
  const lifetime = Number(get('X-Goog-Expires') ?? get('X-Amz-Expires') ?? Number.NaN);
  const azure = query.get('se');
  const epoch = Number(get('Expires') ?? Number.NaN);
  const at =
    signedAt !== undefined && Number.isFinite(lifetime)
      ? signedAt + lifetime * 1000
      : azure !== null
        ? Date.parse(azure)
        : Number.isFinite(epoch)
          ? epoch * 1000
          : jwtExpiry(query.get('token'));
  return at === undefined || Number.isNaN(at) ? undefined : new Date(at);
}
