import { afterEach, describe, expect, it, vi } from 'vitest';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { APITimeoutError } from '../../src/errors/api-timeout-error.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { PermissionDeniedError } from '../../src/errors/permission-denied-error.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { parseStorageError } from '../../src/uploads/parse-storage-error.js';
import { sendWithProgress } from '../../src/uploads/send-with-progress.js';
import { uploadBlobToSignedUrl } from '../../src/uploads/upload-blob-to-signed-url.js';
import type { UploadProgress } from '../../src/uploads/upload-to-signed-url.js';

/** What the fake XMLHttpRequest does once `send()` is called. */
type Behaviour = (xhr: FakeXhr) => void;

/** A scripted stand-in for the browser's XMLHttpRequest: records the request, then plays `behaviour`. */
class FakeXhr {
  static behaviour: Behaviour = () => undefined;
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  timeout = -1;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders = '';
  aborted = false;
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  getAllResponseHeaders(): string {
    return this.responseHeaders;
  }
  send(body: unknown): void {
    this.body = body;
    FakeXhr.behaviour(this);
  }
  abort(): void {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, text = '', headers = ''): void {
    this.status = status;
    this.statusText = status === 200 ? 'OK' : 'Error';
    this.responseText = text;
    this.responseHeaders = headers;
    this.onload?.();
  }
}

function useXhr(behaviour: Behaviour): void {
  FakeXhr.behaviour = behaviour;
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const url = 'https://storage.example.com/bucket/video.mp4?X-Goog-Signature=topsecretsignature';

describe('uploadBlobToSignedUrl through XMLHttpRequest', () => {
  it('PUTs the blob with its own type, reports progress and ends on the whole size', async () => {
    useXhr((xhr) => {
      xhr.upload.onprogress?.({ loaded: 2, total: 5, lengthComputable: true });
      xhr.upload.onprogress?.({ loaded: 3, total: 0, lengthComputable: false });
      xhr.answer(200, '', 'ETag: "abc"\r\nx-goog-generation:  17 \r\n');
    });
    const progress: UploadProgress[] = [];
    const blob = new Blob(['hello'], { type: 'video/mp4' });
    const result = await uploadBlobToSignedUrl(url, blob, { onProgress: (event) => progress.push(event) });
    expect(result.status).toBe(200);
    expect(result.headers.get('etag')).toBe('"abc"');
    expect(result.headers.get('x-goog-generation')).toBe('17');
    expect(FakeXhr.last?.method).toBe('PUT');
    expect(FakeXhr.last?.url).toBe(url);
    expect(FakeXhr.last?.headers).toEqual({ 'content-type': 'video/mp4' });
    expect(FakeXhr.last?.body).toBe(blob);
    expect(FakeXhr.last?.timeout).toBe(0);
    expect(progress).toEqual([
      { loaded: 2, total: 5 },
      { loaded: 3, total: undefined },
      { loaded: 5, total: 5 },
    ]);
  });

  it('uses the given method, content type and extra headers, and adds no final event when the last one was whole', async () => {
    useXhr((xhr) => {
      xhr.upload.onprogress?.({ loaded: 4, total: 4, lengthComputable: true });
      xhr.answer(204, 'ignored');
    });
    const progress: UploadProgress[] = [];
    const result = await uploadBlobToSignedUrl(url, new Blob(['data']), {
      method: 'POST',
      contentType: 'application/octet-stream',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      timeout: 5000,
      onProgress: (event) => progress.push(event),
    });
    expect(result.status).toBe(204);
    expect(FakeXhr.last?.method).toBe('POST');
    expect(FakeXhr.last?.timeout).toBe(5000);
    expect(FakeXhr.last?.headers).toEqual({ 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/octet-stream' });
    expect(progress).toEqual([{ loaded: 4, total: 4 }]);
  });

  it('sends no content type for an untyped blob and works without a progress callback', async () => {
    useXhr((xhr) => xhr.answer(200));
    const result = await uploadBlobToSignedUrl(url, new Blob(['x']));
    expect(result.status).toBe(200);
    expect(FakeXhr.last?.headers).toEqual({});
  });

  it('turns a storage XML error into a typed error with its code, without the signature in the message', async () => {
    useXhr((xhr) =>
      xhr.answer(
        403,
        '<Error><Code>SignatureDoesNotMatch</Code><Message> The signature does not match </Message></Error>',
        'content-type: application/xml\r\n',
      ),
    );
    const error = await uploadBlobToSignedUrl(url, new Blob(['x']), { provider: 'gcs' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).code).toBe('SignatureDoesNotMatch');
    expect((error as PermissionDeniedError).provider).toBe('gcs');
    expect((error as Error).message).toContain('The signature does not match');
    expect(JSON.stringify(error)).not.toContain('topsecretsignature');
    expect((error as Error).message).not.toContain('topsecretsignature');
  });

  it('refuses an insecure URL before any request', async () => {
    useXhr((xhr) => xhr.answer(200));
    await expect(uploadBlobToSignedUrl('http://storage.example.com/x', new Blob(['x']))).rejects.toBeInstanceOf(ConfigurationError);
    expect(FakeXhr.last).toBeUndefined();
  });
});

describe('sendWithProgress failures', () => {
  const target = new URL('https://upload.example.com/files');

  it('needs XMLHttpRequest', async () => {
    vi.stubGlobal('XMLHttpRequest', undefined);
    await expect(sendWithProgress(target, { method: 'PUT', body: new Blob(['x']) })).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('maps a network error to APIConnectionError naming the host', async () => {
    useXhr((xhr) => xhr.onerror?.());
    const error = await sendWithProgress(target, { method: 'PUT', body: new Blob(['x']) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toContain('upload.example.com');
  });

  it('maps a timeout to APITimeoutError with the limit', async () => {
    useXhr((xhr) => xhr.ontimeout?.());
    const error = await sendWithProgress(target, { method: 'POST', body: new Blob(['x']), timeout: 250 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toContain('250 ms');
  });

  it('refuses an already aborted signal without opening or sending a request', async () => {
    useXhr((xhr) => xhr.answer(200));
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const error = await sendWithProgress(target, { method: 'PUT', body: new Blob(['x']), signal: controller.signal }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as Error).cause).toEqual(new Error('user left'));
    expect(FakeXhr.last?.url).toBe('');
  });

  it('aborts the request when the signal fires mid-upload', async () => {
    const controller = new AbortController();
    useXhr(() => controller.abort());
    const error = await sendWithProgress(target, { method: 'PUT', body: new Blob(['x']), signal: controller.signal }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(FakeXhr.last?.aborted).toBe(true);
  });

  it('resolves with a null body for 205 and 304', async () => {
    for (const code of [205, 304]) {
      useXhr((xhr) => xhr.answer(code, 'should be dropped'));
      const response = await sendWithProgress(target, { method: 'PUT', body: new Blob(['x']), headers: { 'x-one': '1' } });
      expect(response.status).toBe(code);
      expect(await response.text()).toBe('');
      expect(FakeXhr.last?.headers).toEqual({ 'x-one': '1' });
    }
  });
});

describe('parseStorageError', () => {
  it('ignores bodies that are not storage XML', () => {
    expect(parseStorageError({ code: 'x' })).toBeUndefined();
    expect(parseStorageError('plain text')).toBeUndefined();
  });

  it('falls back to the code when the message is missing or blank', () => {
    expect(parseStorageError('<Error><Code>AuthenticationFailed</Code></Error>')).toEqual({
      code: 'AuthenticationFailed',
      message: 'AuthenticationFailed',
    });
    expect(parseStorageError('<Error><Code>Expired</Code><Message>  </Message></Error>')).toEqual({ code: 'Expired', message: 'Expired' });
  });
});
