import { describe, expect, it } from 'vitest';
import type {
  AdType,
  AudioGenerationOptions,
  AudioTrackType,
  BaseGenerationOptions,
  CustomCaptions,
  components,
  JobAccepted,
  JobKind,
  JobResult,
  JobsNamespace,
  MediaNamespace,
  MediaReference,
  MediaUploadOptions,
  MediaUploadProgress,
  MediaUploadSource,
  NarrationOptions,
  OutputFormat,
  operations,
  paths,
  RequestOptions,
  TextGenerationOptions,
  UploadedMedia,
  UploadStatus,
  ViddyScribeApi,
  ViddyScribeClient,
  ViddyScribeClientOptions,
  VideoCategory,
  VideoGenerationOptions,
  VolumeOption,
  WaitForJobOptions,
  WaitForUploadOptions,
} from '../src/index.js';
import * as entry from '../src/index.js';

/** Naming every public type: a dropped export fails `tsc -p tsconfig.json`. */
export type PublicTypes = [
  AdType,
  AudioGenerationOptions,
  AudioTrackType,
  BaseGenerationOptions,
  CustomCaptions,
  JobAccepted,
  JobKind,
  JobResult,
  JobsNamespace,
  MediaNamespace,
  MediaReference,
  MediaUploadOptions,
  MediaUploadProgress,
  MediaUploadSource,
  NarrationOptions,
  OutputFormat,
  RequestOptions,
  TextGenerationOptions,
  UploadedMedia,
  UploadStatus,
  VideoCategory,
  VideoGenerationOptions,
  ViddyScribeApi,
  ViddyScribeClient,
  ViddyScribeClientOptions,
  VolumeOption,
  WaitForJobOptions,
  WaitForUploadOptions,
  components,
  operations,
  paths,
];

describe('@conduit/viddyscribe entry', () => {
  it('exports exactly the documented runtime values', () => {
    expect(Object.keys(entry).sort()).toEqual(
      [
        'APIConnectionError',
        'APIError',
        'APIPromise',
        'APITimeoutError',
        'AuthenticationError',
        'BadRequestError',
        'ConduitError',
        'ConfigurationError',
        'ConflictError',
        'InternalServerError',
        'NotFoundError',
        'PagePromise',
        'PermissionDeniedError',
        'QuotaExceededError',
        'RateLimitError',
        'RequestAbortedError',
        'ResponseValidationError',
        'UnprocessableEntityError',
        'ViddyScribeJobFailedError',
        'ViddyScribeUploadFailedError',
        'createViddyScribeClient',
        'defaultViddyScribeBaseUrl',
        'defaultViddyScribeOptions',
        'parseViddyScribeError',
        'viddyscribeEnvironmentVariable',
      ].sort(),
    );
  });

  it('brands its own errors so isInstance works across copies', () => {
    const failed = new entry.ViddyScribeJobFailedError({ job_id: 'task_1', status: 'failed', error: 'boom', error_code: 'x' });
    expect(entry.ViddyScribeJobFailedError.isInstance(failed)).toBe(true);
    expect(entry.ConduitError.isInstance(failed)).toBe(true);
    expect(entry.ViddyScribeUploadFailedError.isInstance(failed)).toBe(false);
    expect(entry.ViddyScribeJobFailedError.isInstance({ [Symbol.for('conduit.error.ViddyScribeJobFailedError')]: true })).toBe(true);
  });
});
