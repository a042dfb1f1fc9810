import { type APIPromise, ConfigurationError, callApi, type RequestOptions, readJson } from '@conduit/core';
import type { components } from '@conduit/specs/hesedvid';
import * as z from 'zod/mini';
import { checkOptions } from './hesedvid-check-options.js';
import { hesedvidContentTypes, maxHesedVidFileSize } from './hesedvid-content-types.js';
import type { HesedVidContext } from './hesedvid-context.js';
import { hesedvidAnswer } from './hesedvid-envelope.js';
import { requireEnvironment } from './hesedvid-require-environment.js';
import type { HesedVidContentType, HesedVidVideoQuality } from './hesedvid-types.js';

/** Encoding settings from the pre-signed-URL guide ("video config"); all optional. */
export interface HesedVidVideoConfig {
  /** Encoding quality preset. */
  videoQuality?: HesedVidVideoQuality | undefined;
  /** `false` means playback needs a signed URL or a share link. */
  allowPublicAccess?: boolean | undefined;
  /** Display name in the dashboard and API. */
  videoName?: string | undefined;
  /** Largest output long edge in pixels (auto when omitted). */
  maxEdgeLength?: 480 | 720 | 1080 | 1440 | 2160 | undefined;
  /** Highest output frame rate in fps (auto when omitted). */
  maxFrameRate?: number | undefined;
  /** `fast` (default) or `slow` (better quality), spelt as the guide's body spells it. */
  EncodingMode?: 'fast' | 'slow' | undefined;
  /** @deprecated The name before 0.2; use the API's `EncodingMode`. */
  encodingMode?: 'fast' | 'slow' | undefined;
  /** Audio codec (default `aac`). */
  audioCodec?: 'aac' | 'mp3' | 'ac3' | 'eac3' | undefined;
}

/** Input of `videos.createUploadUrl` (step 1 of an upload). */
export interface HesedVidUploadUrlInput extends HesedVidVideoConfig {
  /** File name with its extension; sent as the REST reference's `filename`. */
  fileName?: string | undefined;
  /** @deprecated The REST reference's spelling; use `fileName`. */
  filename?: string | undefined;
  /** File size in bytes (1 byte to 5 GB). */
  fileSize: number;
  /** MIME type of the file (default `video/mp4`). */
  contentType?: HesedVidContentType | undefined;
  /** Environment ID or slug; overrides the client's `environment`. */
  environment?: string | undefined;
}

/**
 * HesedVid's `createUploadUrl` answer (`UploadUrlResult`), with the spec's field names: `signedURL`
 * (one `PUT` of the file, about 1 hour), `videoID` (absent in the REST reference's cut-off shape) and
 * `expiresAt` (Unix seconds, or an ISO 8601 string in the reference shape).
 */
export type HesedVidUploadUrl = components['schemas']['UploadUrlResult'];

const nonEmpty = z.string('must be a string').check(z.minLength(1, 'must not be empty'));

/** Checks of the guide's video-config fields, shared with `videos.upload`. */
export const videoConfigShape = {
  videoQuality: z.optional(z.enum(['standard', 'high', 'ultra'], 'must be one of standard, high, ultra')),
  allowPublicAccess: z.optional(z.boolean('must be true or false')),
  videoName: z.optional(nonEmpty),
  // A custom check, not `z.literal`: that schema kind would be in the bundle for this one field.
  maxEdgeLength: z.optional(
    z.custom<480 | 720 | 1080 | 1440 | 2160>(
      (value) => [480, 720, 1080, 1440, 2160].includes(value as number),
      'must be one of 480, 720, 1080, 1440, 2160',
    ),
  ),
  maxFrameRate: z.optional(z.int('must be a whole number of fps').check(z.minimum(1, 'must be at least 1'))),
  EncodingMode: z.optional(z.enum(['fast', 'slow'], 'must be fast or slow')),
  encodingMode: z.optional(z.enum(['fast', 'slow'], 'must be fast or slow')),
  audioCodec: z.optional(z.enum(['aac', 'mp3', 'ac3', 'eac3'], 'must be one of aac, mp3, ac3, eac3')),
};

const contentTypeSchema = z.enum(hesedvidContentTypes as [HesedVidContentType, ...HesedVidContentType[]], {
  error: `must be one of ${hesedvidContentTypes.join(', ')} (mp4, mov, avi, webm, mkv)`,
});

/** Checks of `createUploadUrl`'s own fields. */
const uploadUrlShape = {
  ...videoConfigShape,
  fileName: z.optional(nonEmpty),
  filename: z.optional(nonEmpty),
  fileSize: z
    .int('must be a whole number of bytes')
    .check(
      z.minimum(1, 'must be at least 1 byte (the file is empty)'),
      z.maximum(maxHesedVidFileSize, 'must be at most 5 GB (5368709120 bytes)'),
    ),
  contentType: z.optional(contentTypeSchema),
  environment: z.optional(nonEmpty),
};

/** The one file name from `fileName` or its deprecated spelling `filename`. */
export function pickFileName(fileName: string | undefined, filename: string | undefined, label: string): string | undefined {
  if (fileName !== undefined && filename !== undefined && fileName !== filename) {
    throw new ConfigurationError(
      `${label}: \`fileName\` and \`filename\` disagree ("${fileName}" vs "${filename}"); pass only \`fileName\`.`,
    );
  }
  return fileName ?? filename;
}

/**
 * The video-config fields of `config` as the API's body spells them: the one encoding mode from
 * `EncodingMode` or its deprecated spelling `encodingMode` (refused when they disagree).
 */
export function videoConfigOf(config: HesedVidVideoConfig, label: string): HesedVidVideoConfig {
  const { EncodingMode, encodingMode } = config;
  if (EncodingMode !== undefined && encodingMode !== undefined && EncodingMode !== encodingMode) {
    throw new ConfigurationError(`${label}: \`EncodingMode\` and \`encodingMode\` disagree; pass only \`EncodingMode\`.`);
  }
  return {
    videoQuality: config.videoQuality,
    allowPublicAccess: config.allowPublicAccess,
    videoName: config.videoName,
    maxEdgeLength: config.maxEdgeLength,
    maxFrameRate: config.maxFrameRate,
    EncodingMode: EncodingMode ?? encodingMode,
    audioCodec: config.audioCodec,
  };
}

const uploadUrlResultSchema = z.looseObject({
  signedURL: z.string().check(z.minLength(1)),
  videoID: z.optional(z.nullable(z.string())),
  expiresAt: z.optional(z.nullable(z.union([z.number(), z.string()]))),
});

/**
 * `createUploadUrl`: registers a video and returns a signed PUT URL. Sends the REST reference's
 * body (`filename`, `fileSize`, `contentType`) plus any video-config fields the caller set, and
 * reads either documented response shape.
 */
export function createUploadUrl(
  context: HesedVidContext,
  input: HesedVidUploadUrlInput,
  options?: RequestOptions,
): APIPromise<HesedVidUploadUrl> {
  const label = 'videos.createUploadUrl';
  return callApi(context.transport, {
    label,
    options,
    send: (fetch) => {
      const parsed = checkOptions(uploadUrlShape, input, label);
      const filename = pickFileName(parsed.fileName, parsed.filename, label);
      if (filename === undefined) {
        throw new ConfigurationError(`${label}: pass \`fileName\`, the file's name with its extension (e.g. "demo.mp4").`);
      }
      const environment = requireEnvironment(context, parsed.environment, label);
      const body: components['schemas']['UploadUrlRequest'] = {
        filename,
        fileSize: parsed.fileSize,
        contentType: parsed.contentType ?? 'video/mp4',
        ...videoConfigOf(parsed, label),
      };
      return context.api.POST('/{orgID}/environments/{envID}/videos/upload-url', {
        params: { path: { orgID: context.orgId, envID: environment } },
        body,
        fetch,
      });
    },
    read: (result) => readJson<HesedVidUploadUrl>(result, hesedvidAnswer(label, uploadUrlResultSchema)),
  });
}
