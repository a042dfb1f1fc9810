import { assembledTusUpload } from '@conduit/testing/scriptix';
import { describe, expect, it } from 'vitest';
import { mock, server } from './scriptix-browser-worker.js';

describe('TUS uploads in Chromium (tus-js-client loaded on first use, over the transport)', () => {
  it('uploads a File chunk by chunk and the server assembles the same bytes', async () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, index) => (index * 7) % 256);
    const progress: number[] = [];
    const upload = await server.uploads.tusUpload(new File([bytes], 'call.wav', { type: 'audio/wav' }), {
      metadata: { language: 'en', document_type: 'caption' },
      chunkSize: 4096,
      onProgress: ({ loaded }) => progress.push(loaded),
    });
    expect(progress).toEqual([4096, 8192, 10_000]);
    expect(assembledTusUpload(mock.state, upload.fileId)).toEqual(bytes);
    expect((await server.uploads.getFile(upload.fileId)).metadata).toMatchObject({ language: 'en', document_type: 'caption' });
  });
});
