import { ConfigurationError, PermissionDeniedError, type UploadProgress } from '@conduit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadToScriptix } from '../src/browser.js';

/** A stand-in for the browser's XMLHttpRequest that records the PUT and answers with `status`. */
function stubXhr(status: number, responseText = '') {
  const sent: { method: string; url: string; headers: Record<string, string>; body: unknown }[] = [];
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    timeout = 0;
    upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    #request = { method: '', url: '', headers: {} as Record<string, string>, body: undefined as unknown };
    open(method: string, url: string): void {
      this.#request.method = method;
      this.#request.url = url;
    }
    setRequestHeader(name: string, value: string): void {
      this.#request.headers[name] = value;
    }
    getAllResponseHeaders(): string {
      return status >= 400 ? 'content-type: application/xml\r\n' : 'etag: "0x1"\r\n';
    }
    abort(): void {
      this.onabort?.();
    }
    send(body: Blob): void {
      this.#request.body = body;
      sent.push(this.#request);
      this.upload.onprogress?.({ loaded: Math.floor(body.size / 2), total: body.size, lengthComputable: true });
      this.status = status;
      this.responseText = responseText;
      this.onload?.();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const sasUrl = 'https://scriptix.blob.core.windows.net/media/abc.mp4?sv=2024&sig=azuresecretsig';

describe('uploadToScriptix', () => {
  it('PUTs the file as a BlockBlob to the grant URL and returns the session id and size', async () => {
    const sent = stubXhr(201);
    const progress: UploadProgress[] = [];
    const file = new Blob(['0123456789'], { type: 'audio/wav' });
    const result = await uploadToScriptix({ upload_url: sasUrl, session_id: 'sess_1', max_file_size: 10 }, file, {
      onProgress: (event) => progress.push(event),
      timeout: 1000,
    });
    expect(result).toEqual({ session_id: 'sess_1', size: 10 });
    expect(sent).toEqual([
      { method: 'PUT', url: sasUrl, headers: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'audio/wav' }, body: file },
    ]);
    expect(progress).toEqual([
      { loaded: 5, total: 10 },
      { loaded: 10, total: 10 },
    ]);
  });

  it('accepts the bare upload URL, with an explicit content type', async () => {
    const sent = stubXhr(201);
    const result = await uploadToScriptix(sasUrl, new Blob(['abc']), { contentType: 'video/mp4' });
    expect(result).toEqual({ session_id: undefined, size: 3 });
    expect(sent[0]?.headers['content-type']).toBe('video/mp4');
  });

  it('refuses an empty file, a file above the grant limit and a non-Blob before any request', async () => {
    const sent = stubXhr(201);
    await expect(uploadToScriptix(sasUrl, new Blob([]))).rejects.toThrow(/non-empty File or Blob of at most 5368709120 bytes \(got 0\)/);
    await expect(uploadToScriptix({ upload_url: sasUrl, max_file_size: 2 }, new Blob(['abc']))).rejects.toThrow(
      /at most 2 bytes \(got 3\)/,
    );
    await expect(uploadToScriptix(sasUrl, 'not a blob' as unknown as Blob)).rejects.toBeInstanceOf(ConfigurationError);
    expect(sent).toEqual([]);
  });

  it('turns an Azure error body into a typed error for the scriptix provider without the SAS signature', async () => {
    stubXhr(403, '<Error><Code>AuthenticationFailed</Code><Message>Signature not valid</Message></Error>');
    const error = await uploadToScriptix(sasUrl, new Blob(['abc'])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).provider).toBe('scriptix');
    expect((error as PermissionDeniedError).code).toBe('AuthenticationFailed');
    expect(JSON.stringify(error)).not.toContain('azuresecretsig');
    expect((error as Error).message).not.toContain('azuresecretsig');
  });
});
