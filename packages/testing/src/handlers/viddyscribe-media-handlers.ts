import type { components } from '@conduit/specs/viddyscribe';
import { HttpResponse } from 'msw';
import type { MockRouteHandler } from '../kernel/create-mock-kernel.js';
import type { SignedStorage } from '../storage/signed-storage.js';
import { apiError, fingerprint, invalid, isHttpUrl, isMultipart } from './viddyscribe-respond.js';
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
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof Blob)) {
    return invalid('multipart body needs a binary `file` part');
  }
  // The spec's `contentSchema` for the `input` part is an annotation ajv does not check.
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

/**
 * `upload_media`, `notify_upload_complete` and `get_upload_status`, with signed PUTs into `storage`
 * (required fields, the input type and the multipart `file` part are checked by the kernel).
 */
export function createViddyScribeMediaHandlers(state: ViddyScribeMockState, storage: SignedStorage): Record<string, MockRouteHandler> {
  /** The signed upload `media_id` + `gcs_path` name, or the API's 404. */
  const signedMedia = (mediaId: string, gcsPath: string) => {
    const media = state.media.get(mediaId);
    return media && media.gcsPath === gcsPath ? media : apiError(404, 'not_found', `Media ${mediaId} with that gcs_path not found`);
  };
  return {
    uploadMedia: ({ request, body }) => {
      if (isMultipart(request)) {
        return uploadMultipart(request, state);
      }
      const input = (body as { input: Record<string, string> }).input;
      if (input.type === 'url') {
        if (!isHttpUrl(input.url)) {
          return invalid('input.url must be an absolute http(s) URL');
        }
        return created(addViddyScribeMedia(state, { via: 'url', filename: input.filename, failJobs: /fail/i.test(input.url) }));
      }
      const { filename = '', content_type: contentType = '' } = input;
      if (!mediaType.test(contentType)) {
        return apiError(415, 'no_video_stream', `Content type ${contentType} is not a video.`);
      }
      const id = crypto.randomUUID();
      const gcsPath = `users/user_mock/videos/${id}/${filename}`;
      const failJobs = /fail/i.test(filename);
      addViddyScribeMedia(state, { id, via: 'signed_url', filename, contentType, uploadStatus: 'pending_upload', gcsPath, failJobs });
      const pending: Schemas['UploadMediaPendingUpload'] = {
        media_id: id,
        upload_url: storage.sign(gcsPath, { contentType }),
        gcs_path: gcsPath,
        status: 'pending_upload',
        content_type: contentType,
      };
      return HttpResponse.json(pending);
    },
    notifyUploadComplete: ({ body }) => {
      const { media_id: mediaId, gcs_path: gcsPath } = body as Schemas['NotifyUploadCompleteRequest'];
      const media = signedMedia(mediaId, gcsPath);
      const object = storage.get(gcsPath);
      if (media instanceof Response || !object) {
        return media instanceof Response ? media : apiError(409, 'upload_failed', 'No uploaded file found at gcs_path; upload it again.');
      }
      media.uploadStatus = 'processing';
      media.checksLeft = state.verificationReads;
      media.fingerprint = fingerprint(object.bytes);
      return HttpResponse.json({ media_id: media.id, gcs_path: gcsPath, upload_status: 'processing' });
    },
    getUploadStatus: ({ query }) => {
      const gcsPath = query.get('gcs_path') ?? '';
      const media = signedMedia(query.get('media_id') ?? '', gcsPath);
      if (media instanceof Response) {
        return media;
      }
      if (media.uploadStatus === 'processing' && media.checksLeft > 0) {
        media.checksLeft--;
      } else if (media.uploadStatus === 'processing') {
        media.uploadStatus = 'completed';
        const twin = [...state.media.values()].find(
          (other) => other.id !== media.id && other.uploadStatus === 'completed' && other.fingerprint === media.fingerprint,
        );
        media.canonicalId = twin?.canonicalId ?? twin?.id;
      }
      const canonical = media.canonicalId ? { canonical_media_id: media.canonicalId } : {};
      return HttpResponse.json({ media_id: media.id, gcs_path: gcsPath, upload_status: media.uploadStatus, ...canonical });
    },
  };
}
