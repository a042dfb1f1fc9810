import type { Upstream, UpstreamAnswer } from './upstream.js';

/** A signed-URL signature and an api.video upload token, as a storage service or the API would echo them. */
export const auditSignature = '9f3c1a7be2d44c0a8b6e5f1d2c3b4a59687f0e1d2c3b4a5968790a1b2c3d4e5f';
export const auditUploadToken = 'to1AuditTokenQ7wX3kP9mZ2vB5nL8rT4y';

/** The error paths of the audit that the upstream answers (resets and timeouts are faults instead). */
export const auditStatuses = [401, 403, 404, 409, 422, 429, 500] as const;

/** What the upstream answers next. */
export type AuditCase = { kind: 'status'; status: number } | { kind: 'invalid-json' } | { kind: 'signed-upload-denied' };

const json = (status: number, value: unknown, extra: Record<string, string> = {}): UpstreamAnswer => ({
  status,
  headers: new Headers({ 'content-type': 'application/json', ...extra }),
  body: Buffer.from(JSON.stringify(value)),
});

/**
 * A careless API: every error echoes the caller's key (in the message, a details field, an
 * `authorization`-like field and response headers) and a signed URL with its signature. Upload-URL
 * requests get a signed URL on this server; PUTs to it are refused with an S3/GCS-style XML body
 * that quotes the signature and the key.
 */
export function auditUpstream(key: string, current: () => AuditCase): Upstream {
  return async (request) => {
    const signedUrl = `${request.publicUrl}/objects/users/u1/audit.mp4?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${auditSignature}`;
    const sasUrl = `${request.publicUrl}/objects/in/audit.mp3?sv=2023-01-03&sp=cw&sig=${auditSignature}`;
    const path = request.path;
    if (path.startsWith('/objects/')) {
      const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>Signature ${auditSignature} does not match for key ${key}</Message><SignatureProvided>${auditSignature}</SignatureProvided></Error>`;
      return { status: 403, headers: new Headers({ 'content-type': 'application/xml' }), body: Buffer.from(xml) };
    }
    if (path.includes('/videos/upload-url')) {
      return json(200, { body: { signedURL: signedUrl, videoID: 'pubvid_AuditVideo01', expiresAt: 4_102_444_800 } });
    }
    if (path.endsWith('/upload_media')) {
      return json(200, {
        media_id: '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b',
        upload_url: signedUrl,
        gcs_path: 'users/u1/videos/audit.mp4',
        status: 'pending_upload',
        content_type: 'video/mp4',
      });
    }
    if (path.endsWith('/upload-url')) {
      return json(200, {
        result: {
          upload_url: sasUrl,
          expires_at: '2099-01-01T00:00:00Z',
          session_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
          max_file_size: 5_368_709_120,
        },
      });
    }
    if (path.includes('/upload?') && path.includes('token=')) {
      // api.video refusing a delegated upload, quoting the token it was given.
      return json(
        401,
        {
          type: 'https://docs.api.video/reference/authentication-invalid-upload-token',
          title: `Upload token ${auditUploadToken} is invalid`,
          status: 401,
          detail: `see ${request.publicUrl}/upload?token=${auditUploadToken}`,
        },
        { 'content-type': 'application/problem+json' },
      );
    }
    const echoed = `key ${key} was refused; retry at ${signedUrl}`;
    const scenario = current();
    if (scenario.kind === 'invalid-json') {
      return { status: 200, headers: new Headers({ 'content-type': 'application/json' }), body: Buffer.from(`{"data": "${echoed}", `) };
    }
    const status = scenario.kind === 'status' ? scenario.status : 403;
    return json(
      status,
      {
        error: 'denied',
        message: echoed,
        detail: echoed,
        title: `Refused ${key}`,
        details: { authorization: `Bearer ${key}`, echo: key, upload_url: signedUrl, nested: [{ deeper: { key } }] },
      },
      {
        'x-echo-key': key,
        location: signedUrl,
        'www-authenticate': `Bearer realm="conduit", key="${key}"`,
        ...(status === 429 ? { 'retry-after': '0' } : {}),
      },
    );
  };
}
