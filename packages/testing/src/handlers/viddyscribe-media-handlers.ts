import type { components } from '@conduit/specs/viddyscribe';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import type { SignedStorage } from '../storage/signed-storage.js';
import { apiError, fingerprint, invalid, isHttpUrl, isMultipart, readJsonObject } from './viddyscribe-respond.js';
import type { ViddyScribeMockMedia, ViddyScribeMockState } from './viddyscribe-state.js';

type Schemas = components['schemas'];

/** Largest direct multipart upload the mock accepts (32 MiB). */
const directLimit = 32 * 1024 * 1024;
const mediaType = /^(video|audio)\/[A-Za-z0-9.+-]+/i;

export function addViddyScribeMedia(
  state: ViddyScribeMockState,
  fields: Partial<ViddyScribeMockMedia> & Pick<ViddyScribeMockMedia, 'via'>,
): ViddyScribeMockMedia {
  const media: ViddyScribeMockMedia = {
    id: crypto.randomUUID(),
    filename: undefined,
    contentType: undefined,
    uploadStatus: 'completed',
    gcsPath: undefined,
    checksLeft: 0,
    durationSeconds: 45.5,
    fingerprint: undefined,
    canonicalId: undefined,
    failJobs: false,
    ...fields,
  };
  state.media.set(media.id, media);
  return media;
}

function created(media: ViddyScribeMockMedia) {
  const body: Schemas['UploadMediaCreated'] = {
    media_id: media.id,
    status: 'created',
    duration_seconds: media.durationSeconds,
    frame_rate: 30,
  };
  return HttpResponse.json(body);
}

async function uploadMultipart(request: Request, state: ViddyScribeMockState) {
  const form = await request.formData().catch(() => undefined);
  const file = form?.get('file');
  if (!form || !(file instanceof Blob)) {
    return invalid('multipart body needs a binary `file` part');
  }
  const input = form.get('input');
  if (input !== null && (typeof input !== 'string' || !/^\s*\{\s*"type"\s*:\s*"file"\s*\}\s*$/.test(input))) {
    return invalid('multipart `input` must be the JSON string {"type":"file"}');
  }
  if (file.size > directLimit) {
    return invalid('direct uploads are limited to 32 MB; request input.type signed_url instead');
  }
  if (file.type && file.type !== 'application/octet-stream' && !mediaType.test(file.type)) {
    return apiError(415, 'no_video_stream', 'The uploaded file is not a valid video stream for processing.');
  }
  const name = file instanceof File ? file.name : undefined;
  return created(
    addViddyScribeMedia(state, { via: 'file', filename: name, contentType: file.type || undefined, failJobs: /fail/i.test(name ?? '') }),
  );
}

/** `upload_media`, `notify_upload_complete` and `get_upload_status`, with signed PUTs into `storage`. */
export function createViddyScribeMediaHandlers(state: ViddyScribeMockState, storage: SignedStorage): Record<string, MockRouteHandler> {
  return {
    uploadMedia: async ({ request }) => {
      if (isMultipart(request)) {
        return uploadMultipart(request, state);
      }
      const body = await readJsonObject(request);
      const input = body?.input as Record<string, unknown> | undefined;
      if (input?.type === 'url') {
        if (!isHttpUrl(input.url)) {
          return invalid('input.url must be an absolute http(s) URL');
        }
        const filename = typeof input.filename === 'string' ? input.filename : undefined;
        return created(addViddyScribeMedia(state, { via: 'url', filename, failJobs: /fail/i.test(input.url) }));
      }
      if (input?.type === 'signed_url') {
        const { filename, content_type: contentType } = input;
        if (typeof filename !== 'string' || filename === '' || typeof contentType !== 'string' || contentType === '') {
          return invalid('input.filename and input.content_type are required for signed_url');
        }
        if (!mediaType.test(contentType)) {
          return apiError(415, 'no_video_stream', `Content type ${contentType} is not a video.`);
        }
        const id = crypto.randomUUID();
        const gcsPath = `users/user_mock/videos/${id}/${filename}`;
        addViddyScribeMedia(state, {
          id,
          via: 'signed_url',
          filename,
          contentType,
          uploadStatus: 'pending_upload',
          gcsPath,
          failJobs: /fail/i.test(filename),
        });
        const pending: Schemas['UploadMediaPendingUpload'] = {
          media_id: id,
          upload_url: storage.sign(gcsPath, { contentType }),
          gcs_path: gcsPath,
          status: 'pending_upload',
          content_type: contentType,
        };
        return HttpResponse.json(pending);
      }
      return invalid('input.type must be one of: url, file, signed_url');
    },

    notifyUploadComplete: async ({ request }) => {
      const body = await readJsonObject(request);
      if (typeof body?.media_id !== 'string' || typeof body.gcs_path !== 'string') {
        return invalid('media_id and gcs_path are required');
      }
      const media = state.media.get(body.media_id);
      if (!media || media.gcsPath !== body.gcs_path) {
        return apiError(404, 'not_found', `Media ${body.media_id} with that gcs_path not found`);
      }
      const object = storage.get(body.gcs_path);
      if (!object) {
        return apiError(409, 'upload_failed', 'No uploaded file found at gcs_path; upload it again.');
      }
      media.uploadStatus = 'processing';
      media.checksLeft = state.verificationReads;
      media.fingerprint = fingerprint(object.bytes);
      const info: Schemas['UploadStatusInfo'] = { media_id: media.id, gcs_path: body.gcs_path, upload_status: 'processing' };
      return HttpResponse.json(info);
    },

    getUploadStatus: ({ request }) => {
      const query = new URL(request.url).searchParams;
      const mediaId = query.get('media_id');
      const gcsPath = query.get('gcs_path');
      if (!mediaId || !gcsPath) {
        return invalid('media_id and gcs_path are required');
      }
      const media = state.media.get(mediaId);
      if (!media || media.gcsPath !== gcsPath) {
        return apiError(404, 'not_found', `Media ${mediaId} with that gcs_path not found`);
      }
      if (media.uploadStatus === 'processing') {
        if (media.checksLeft > 0) {
          media.checksLeft--;
        } else {
          media.uploadStatus = 'completed';
          const twin = [...state.media.values()].find(
            (other) => other.id !== media.id && other.uploadStatus === 'completed' && other.fingerprint === media.fingerprint,
          );
          media.canonicalId = twin?.canonicalId ?? twin?.id;
        }
      }
      const status: Schemas['UploadStatusResponse'] = {
        media_id: media.id,
        gcs_path: gcsPath,
        upload_status: media.uploadStatus,
        ...(media.canonicalId ? { canonical_media_id: media.canonicalId } : {}),
      };
      return HttpResponse.json(status);
    },
  };
}
