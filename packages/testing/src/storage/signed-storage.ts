import { type HttpHandler, HttpResponse, http } from 'msw';

/** Origin of every mock signed URL; the mock server mounts it at `/storage`. */
export const storageOrigin = 'https://storage.conduit.test';

/** A stored object: its bytes and the content type it was PUT with. */
export interface StoredObject {
  /** The bytes stored. */
  bytes: Uint8Array;
  /** Content type the object was PUT with, when any. */
  contentType: string | undefined;
}

/** An in-memory object store behind pre-signed PUT URLs, like S3/GCS/Azure SAS. */
export interface SignedStorage {
  /** The msw handlers answering the signed PUT URLs. */
  readonly handlers: HttpHandler[];
  /** A URL that accepts one PUT of `objectKey` until `expiresAt` (epoch ms), with the given content type when set. */
  sign(objectKey: string, options?: { contentType?: string; expiresAt?: number; requiredHeaders?: Record<string, string> }): string;
  /** The object stored under `objectKey`, if any. */
  get(objectKey: string): StoredObject | undefined;
  /** Forgets every object and signature. */
  reset(): void;
}

interface Grant {
  contentType: string | undefined;
  expiresAt: number;
  requiredHeaders: Record<string, string>;
}

function storageError(status: number, code: string, message: string) {
  return new HttpResponse(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`, {
    status,
    headers: { 'content-type': 'application/xml' },
  });
}

/** Creates a signed storage for one provider; objects live under `${storageOrigin}/${namespace}/`. */
export function createSignedStorage(namespace: string): SignedStorage {
  const grants = new Map<string, Grant>();
  const objects = new Map<string, StoredObject>();
  const signatures = new Map<string, string>();
  let counter = 0;
  const prefix = `${storageOrigin}/${namespace}/`;
  return {
    handlers: [
      http.put(`${prefix}*`, async ({ request }) => {
        const url = new URL(request.url);
        const objectKey = decodeURIComponent(url.pathname.slice(namespace.length + 2));
        const grant = grants.get(objectKey);
        if (!grant || url.searchParams.get('X-Signature') !== signatures.get(objectKey)) {
          return storageError(403, 'SignatureDoesNotMatch', 'The request signature does not match');
        }
        if (Date.now() > grant.expiresAt) {
          return storageError(403, 'AccessDenied', 'Request has expired');
        }
        const contentType = request.headers.get('content-type') ?? undefined;
        if (grant.contentType && contentType !== grant.contentType) {
          return storageError(403, 'SignatureDoesNotMatch', `Content-Type must be ${grant.contentType}`);
        }
        for (const [name, value] of Object.entries(grant.requiredHeaders)) {
          if (request.headers.get(name) !== value) {
            return storageError(400, 'MissingRequiredHeader', `Header ${name} must be ${value}`);
          }
        }
        objects.set(objectKey, { bytes: new Uint8Array(await request.arrayBuffer()), contentType });
        return new HttpResponse(null, { status: 200, headers: { etag: `"${objectKey.length}-${objects.size}"` } });
      }),
    ],
    sign(objectKey, options = {}) {
      counter++;
      const signature = `sig${counter.toString(16).padStart(8, '0')}`;
      signatures.set(objectKey, signature);
      grants.set(objectKey, {
        contentType: options.contentType,
        expiresAt: options.expiresAt ?? Date.now() + 15 * 60_000,
        requiredHeaders: options.requiredHeaders ?? {},
      });
      return `${prefix}${encodeURIComponent(objectKey)}?X-Expires=900&X-Signature=${signature}`;
    },
    get: (objectKey) => objects.get(objectKey),
    reset() {
      grants.clear();
      objects.clear();
      signatures.clear();
    },
  };
}
