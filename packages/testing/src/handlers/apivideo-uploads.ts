import type { components } from '@conduit/specs/apivideo';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { acceptChunk } from './apivideo-chunks.js';
import { apivideoRoute, json, notFound, problem, readForm } from './apivideo-http.js';
import type { ApiVideoMockState, ApiVideoMockVideo } from './apivideo-state.js';
import { createVideoEntry, present } from './apivideo-video-model.js';

type Video = components['schemas']['Video'];

/** Where a `Content-Range` says a chunk starts (0 for a one-request upload or an unreadable header). */
function chunkStart(contentRange: string | null): number {
  const match = contentRange === null ? null : /^(?:bytes (\d+)-|part (\d+)\/)/.exec(contentRange.trim());
  if (!match) {
    return 0;
  }
  return match[1] !== undefined ? Number(match[1]) : Number(match[2]) - 1;
}

async function receive(state: ApiVideoMockState, entry: ApiVideoMockVideo, request: Request, file: File): Promise<Response> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = acceptChunk(entry.upload, request.headers.get('content-range'), bytes);
  if (result instanceof Response) {
    return result;
  }
  entry.upload.fileName ??= file.name;
  entry.video.source = { uri: `/videos/${entry.video.videoId}/source`, type: 'upload' };
  entry.video.updatedAt = state.timestamp();
  return json<Video>(present(state, entry), 201);
}

/**
 * `POST /videos/{videoId}/source` (API key) and `POST /upload?token=` (upload token, no
 * Authorization): both assemble chunks and check `Content-Range` continuity; delegated chunks
 * after the first must carry the `videoId` form field.
 */
export function apivideoUploadHandlers(state: ApiVideoMockState): Record<string, MockRouteHandler> {
  return {
    uploadVideo: apivideoRoute(state, async ({ request, params, record }) => {
      const entry = state.videos.get(params.videoId ?? '');
      if (!entry || entry.video.discarded) {
        return notFound('videoId');
      }
      const form = await readForm(request, record);
      return form instanceof Response ? form : receive(state, entry, request, form.file);
    }),
    uploadWithUploadToken: apivideoRoute(state, async ({ request, url, record }) => {
      const grant = state.uploadTokens.get(url.searchParams.get('token') ?? '');
      if (!grant || (grant.expiresAt && Date.parse(grant.expiresAt) <= state.now())) {
        return problem(401, 'authentication-invalid-upload-token', 'The upload token does not exist or has expired.', { name: 'token' });
      }
      const form = await readForm(request, record);
      if (form instanceof Response) {
        return form;
      }
      const videoId = form.fields.videoId;
      if (videoId !== undefined) {
        const entry = state.videos.get(videoId);
        return entry && !entry.video.discarded ? receive(state, entry, request, form.file) : notFound('videoId');
      }
      const contentRange = request.headers.get('content-range');
      if (chunkStart(contentRange) > 0) {
        return problem(400, 'attribute-required', 'This attribute is required.', {
          name: 'videoId',
          detail: 'Send the videoId returned by the first chunk with every following chunk.',
          problems: [
            { type: 'https://docs.api.video/reference/attribute-required', title: 'This attribute is required.', name: 'videoId' },
          ],
        });
      }
      const entry = createVideoEntry(state, form.file.name || 'file');
      entry.createdByToken = true;
      const answer = await receive(state, entry, request, form.file);
      if (answer.status >= 400) {
        state.videos.delete(entry.video.videoId);
      }
      return answer;
    }),
  };
}
