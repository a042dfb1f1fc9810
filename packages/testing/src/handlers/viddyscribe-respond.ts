import type { components } from '@conduit/specs/viddyscribe';
import { HttpResponse } from 'msw';

type Schemas = components['schemas'];

/** Default base URL of the ViddyScribe API (the client's default). */
export const viddyscribeBaseUrl = 'https://api.viddyscribe.com/enterprise/api';

/** A valid test key in the documented sample format (`vsk_` + 50 lowercase alphanumerics). */
export const viddyscribeTestKey = 'vsk_mock0123456789012345678901234567890123456789012345';

/** The usual error body `{error, message}` with any extra documented fields. */
export function apiError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers?: Record<string, string>,
) {
  const body: Schemas['ApiError'] = { error: code, message, ...extra };
  return HttpResponse.json(body, { status, headers });
}

/** The 409 upload-state body: prose in `error`, the machine code in `code`. */
export function uploadStateError(code: 'upload_not_ready' | 'upload_failed', message: string, uploadStatus: string) {
  const body: Schemas['UploadStateError'] = { error: message, code, upload_status: uploadStatus };
  return HttpResponse.json(body, { status: 409 });
}

/** 400 `invalid_request` naming what is wrong. */
export const invalid = (message: string) => apiError(400, 'invalid_request', message);

/** Any `vsk_` key without whitespace is accepted, except ones containing `expired` or `revoked`. */
export function checkAuth(request: Request): Response | undefined {
  const key = request.headers.get('x-api-key');
  if (!key || !/^vsk_\S+$/.test(key)) {
    return apiError(401, 'unauthorized', 'Invalid or missing API key');
  }
  if (/expired|revoked/i.test(key)) {
    return apiError(401, 'unauthorized', 'Invalid or missing API key (expired or revoked)');
  }
  return undefined;
}

/** True for a `multipart/form-data` request. */
export const isMultipart = (request: Request) => (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:$/.test(URL.parse(value)?.protocol ?? '');
}

/** A short content fingerprint (FNV-1a over the bytes, plus the length). */
export function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return `${bytes.byteLength}:${hash.toString(16)}`;
}
