import * as z from 'zod/mini';

// The few response fields the client branches on (read with core's `readJson`); everything else passes through untouched.

/** A generate acknowledgement: needs `job_id`. */
export const jobAcceptedSchema = z.looseObject({ job_id: z.string().check(z.minLength(1)) });

/** A `get_results` answer: needs `job_id` and `status`; the download URLs are strings when present. */
export const jobResultSchema = z.looseObject({
  job_id: z.string().check(z.minLength(1)),
  status: z.string(),
  video_signed_url: z.optional(z.nullable(z.string())),
  audio_signed_url: z.optional(z.nullable(z.string())),
  result_url: z.optional(z.nullable(z.string())),
});

/** A URL or multipart ingestion: needs `media_id`. */
export const uploadCreatedSchema = z.looseObject({ media_id: z.string().check(z.minLength(1)) });

/** A signed-URL grant: needs `media_id`, `upload_url` and `gcs_path`. */
export const uploadPendingSchema = z.looseObject({
  media_id: z.string().check(z.minLength(1)),
  upload_url: z.string().check(z.minLength(1)),
  gcs_path: z.string().check(z.minLength(1)),
  content_type: z.optional(z.nullable(z.string())),
});

/** A `get_upload_status` answer: needs `upload_status`. */
export const uploadStatusSchema = z.looseObject({
  upload_status: z.string(),
  canonical_media_id: z.optional(z.nullable(z.string())),
});
