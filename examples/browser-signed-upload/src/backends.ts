import { createApiVideoClient } from '@conduit/apivideo';
import { pollUntil } from '@conduit/core';
import { createHesedVidClient, type HesedVidContentType } from '@conduit/hesedvid';
import { createScriptixClient } from '@conduit/scriptix';
import type { MockServer } from '@conduit/testing';
import { apivideoTestKey } from '@conduit/testing/apivideo';
import { hesedvidTestKey } from '@conduit/testing/hesedvid';
import { scriptixTestKey } from '@conduit/testing/scriptix';
import { viddyscribeTestKey } from '@conduit/testing/viddyscribe';
import { createViddyScribeClient } from '@conduit/viddyscribe';

/** The providers the page can upload to. */
export const providerIds = ['hesedvid', 'viddyscribe', 'scriptix', 'apivideo'] as const;
export type ProviderId = (typeof providerIds)[number];

/** What the page says about the file it is about to upload. */
export interface FileFacts {
  name: string;
  size: number;
  type: string;
}

/** The server's two steps for one provider: mint signed material for the page, then finish the upload. */
export interface UploadBackend {
  grant(file: FileFacts): Promise<unknown>;
  complete(reply: Record<string, string>): Promise<Record<string, unknown>>;
}

/**
 * The key-bearing Node clients, pointed at the embedded mock server. Keys stay here, on the
 * server: the page only ever receives signed URLs and an upload token.
 */
export function createBackends(mockServer: MockServer): Record<ProviderId, UploadBackend> {
  const hesedvid = createHesedVidClient({
    apiKey: hesedvidTestKey,
    orgId: 'org_123456789',
    environment: 'prod',
    baseUrl: mockServer.baseUrl('hesedvid'),
  });
  const viddyscribe = createViddyScribeClient({ apiKey: viddyscribeTestKey, baseUrl: mockServer.baseUrl('viddyscribe') });
  const scriptix = createScriptixClient({ apiKey: scriptixTestKey, baseUrl: mockServer.baseUrl('scriptix') });
  const apivideo = createApiVideoClient({ apiKey: apivideoTestKey, baseUrl: mockServer.baseUrl('apivideo') });
  return {
    hesedvid: {
      async grant(file) {
        const { signedURL, videoID } = await hesedvid.videos.createUploadUrl({
          fileName: file.name,
          fileSize: file.size,
          contentType: file.type as HesedVidContentType,
        });
        return { signedUrl: signedURL, videoId: videoID };
      },
      async complete({ videoId = '' }) {
        await hesedvid.videos.startProcessing(videoId);
        const final = await pollUntil(() => hesedvid.videos.getStatus(videoId), {
          isDone: ({ status }) => status === 'ready' || status === 'failed',
          interval: 50,
          timeout: 10_000,
        });
        return { videoId, status: final.status };
      },
    },
    viddyscribe: {
      async grant(file) {
        const { data } = await viddyscribe.api.POST('/upload_media', {
          body: { input: { type: 'signed_url', filename: file.name, content_type: file.type } },
        });
        return data;
      },
      async complete({ mediaId = '', gcsPath = '' }) {
        await viddyscribe.api.POST('/notify_upload_complete', { body: { media_id: mediaId, gcs_path: gcsPath } });
        const status = await viddyscribe.media.waitForUpload(mediaId, gcsPath, { interval: 50, timeout: 10_000 });
        return { mediaId: status.canonical_media_id ?? mediaId, status: status.upload_status };
      },
    },
    scriptix: {
      async grant() {
        const session = await scriptix.sessions.create({ language: 'en' });
        return scriptix.sessions.uploadUrl(session.session_id);
      },
      async complete({ sessionId = '' }) {
        const session = await scriptix.sessions.waitUntilDone(sessionId, { interval: 50, timeout: 10_000 });
        return { sessionId, status: session.status };
      },
    },
    apivideo: {
      async grant() {
        const { token } = await apivideo.uploadTokens.create({ ttl: 3600 });
        // A real page leaves baseUrl out (https://ws.api.video); here uploads go to the mock server.
        return { token, baseUrl: mockServer.baseUrl('apivideo') };
      },
      async complete({ videoId = '' }) {
        const status = await apivideo.videos.getStatus(videoId);
        return { videoId, status: status.ingest?.status, size: status.ingest?.filesize };
      },
    },
  };
}
