import type { components } from '@conduit/specs/hesedvid';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import { checkUploadUrlRequest } from './hesedvid-checks.js';
import { type HesedVidRouteContext, hesedvidRoute, refuse } from './hesedvid-route.js';
import { findEnvironment, findVideo, type HesedVidMockVideo, nextSuffix } from './hesedvid-state.js';

type Schemas = components['schemas'];

/** Which documented upload-url answer the mock sends. */
export type HesedVidUploadUrlShape = 'guide' | 'reference' | 'reference-without-id';

/** Upload settings of the mock. */
export interface HesedVidUploadSettings {
  uploadUrlShape: HesedVidUploadUrlShape;
  processingPolls: number;
  processingOutcome: (video: HesedVidMockVideo) => 'ready' | 'failed';
}

const extensions: Record<Schemas['VideoContentType'], string> = {
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/x-msvideo': 'avi',
  'video/webm': 'webm',
  'video/x-matroska': 'mkv',
};

function uploadUrlBody(
  shape: HesedVidUploadUrlShape,
  video: HesedVidMockVideo,
  signedURL: string,
  expiresAtMs: number,
): Schemas['UploadUrlResponse'] {
  if (shape === 'guide') {
    return { body: { videoID: video.publicId, signedURL, expiresAt: Math.floor(expiresAtMs / 1000) } };
  }
  const loose: Schemas['UploadUrlReferenceResult'] = { signedURL, expiresAt: new Date(expiresAtMs).toISOString() };
  return { body: shape === 'reference' ? { ...loose, videoID: video.publicId } : loose };
}

/** Upload-url, start-processing and status: a video moves uploading -> transcoding -> ready/failed over status polls. */
export function createHesedVidUploadHandlers(
  context: HesedVidRouteContext,
  settings: HesedVidUploadSettings,
): Record<string, MockRouteHandler> {
  const { state } = context;
  return {
    createUploadUrl: hesedvidRoute(context, ({ params, body, now }) => {
      const environment = findEnvironment(state, params.envID ?? '');
      if (!environment) {
        return refuse(404, 'environment_not_found', `No environment "${params.envID}" in this organization`);
      }
      const checked = checkUploadUrlRequest(body);
      if (!checked.ok) {
        return refuse(400, 'invalid_request', checked.problem);
      }
      const request = checked.value;
      const suffix = nextSuffix(state);
      const video: HesedVidMockVideo = {
        id: `vid_${suffix}`,
        publicId: `pubvid_${suffix}`,
        orgId: params.orgID ?? '',
        environmentId: environment.id,
        name: request.videoName ?? request.fileName,
        fileName: request.fileName,
        fileSize: request.fileSize ?? 0,
        contentType: request.contentType,
        objectKey: `${params.orgID}/${environment.id}/videos/${suffix}.${extensions[request.contentType]}`,
        lifecycle: 'uploading',
        pollsLeft: settings.processingPolls,
        createdAt: new Date(now).toISOString(),
        durationSeconds: 0,
        allowPublicAccess: request.allowPublicAccess,
        videoQuality: request.videoQuality,
        deleted: false,
        uploadRequest: body,
      };
      state.videos.set(video.publicId, video);
      // The storage checks expiry against the real clock.
      const expiresAtMs = Date.now() + 3_600_000;
      const signedURL = state.storage.sign(video.objectKey, { contentType: request.contentType, expiresAt: expiresAtMs });
      return HttpResponse.json(uploadUrlBody(settings.uploadUrlShape, video, signedURL, expiresAtMs));
    }),
    startProcessing: hesedvidRoute(context, ({ params }) => {
      const video = findVideo(state, params.orgID ?? '', params.publicID ?? '');
      if (!video) {
        return refuse(404, 'video_not_found', `No video "${params.publicID}"`);
      }
      if (video.lifecycle === 'uploading') {
        const stored = state.storage.get(video.objectKey);
        if (!stored) {
          return refuse(409, 'upload_not_found', 'PUT the file to the signed URL before starting processing');
        }
        video.fileSize = stored.bytes.byteLength;
        video.durationSeconds = Math.max(1, Math.round(stored.bytes.byteLength / 125_000));
        video.lifecycle = 'transcoding';
        video.pollsLeft = settings.processingPolls;
      }
      const answer: Schemas['StartProcessingResponse'] = { body: { videoID: video.publicId, status: video.lifecycle } };
      return HttpResponse.json(answer);
    }),
    getVideoStatus: hesedvidRoute(context, ({ params }) => {
      const video = findVideo(state, params.orgID ?? '', params.publicID ?? '');
      if (!video) {
        return refuse(404, 'video_not_found', `No video "${params.publicID}"`);
      }
      if (video.lifecycle === 'uploading') {
        return refuse(409, 'processing_not_started', 'Upload the file and call start-processing first');
      }
      if (video.lifecycle === 'transcoding') {
        if (video.pollsLeft > 0) {
          video.pollsLeft--;
        } else {
          video.lifecycle = settings.processingOutcome(video);
        }
      }
      const answer: Schemas['VideoStatusResponse'] = { body: { videoID: video.publicId, status: video.lifecycle } };
      return HttpResponse.json(answer);
    }),
  };
}
