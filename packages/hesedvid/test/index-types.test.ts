import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  HesedVidAnalytics,
  HesedVidAnalyticsReport,
  HesedVidBucket,
  HesedVidClient,
  HesedVidClientOptions,
  HesedVidContentType,
  HesedVidEnvironment,
  HesedVidEnvironments,
  HesedVidEnvironmentVideoFilters,
  HesedVidKeyMode,
  HesedVidPagination,
  HesedVidPaths,
  HesedVidPlayback,
  HesedVidProcessingStatus,
  HesedVidReportedStatus,
  HesedVidSchemas,
  HesedVidShareLink,
  HesedVidShareLinkOptions,
  HesedVidShareLinks,
  HesedVidSignedPlaybackUrl,
  HesedVidSignedUrlOptions,
  HesedVidUploadOptions,
  HesedVidUploadProgress,
  HesedVidUploadResult,
  HesedVidUploadUrl,
  HesedVidUploadUrlInput,
  HesedVidVideo,
  HesedVidVideoConfig,
  HesedVidVideoFilters,
  HesedVidVideoPage,
  HesedVidVideoQuality,
  HesedVidVideoStatus,
  HesedVidVideos,
  RequestOptions,
} from '../src/index.js';
import * as hesedvid from '../src/index.js';

// Naming every public type here makes a dropped or renamed export fail `tsc`.
type PublicTypes = [
  HesedVidAnalytics,
  HesedVidAnalyticsReport,
  HesedVidBucket,
  HesedVidClient,
  HesedVidClientOptions,
  HesedVidContentType,
  HesedVidEnvironment,
  HesedVidEnvironments,
  HesedVidEnvironmentVideoFilters,
  HesedVidKeyMode,
  HesedVidPagination,
  HesedVidPaths,
  HesedVidPlayback,
  HesedVidProcessingStatus,
  HesedVidReportedStatus,
  HesedVidSchemas,
  HesedVidShareLink,
  HesedVidShareLinkOptions,
  HesedVidShareLinks,
  HesedVidSignedPlaybackUrl,
  HesedVidSignedUrlOptions,
  HesedVidUploadOptions,
  HesedVidUploadProgress,
  HesedVidUploadResult,
  HesedVidUploadUrl,
  HesedVidUploadUrlInput,
  HesedVidVideo,
  HesedVidVideoConfig,
  HesedVidVideoFilters,
  HesedVidVideoPage,
  HesedVidVideoQuality,
  HesedVidVideos,
  HesedVidVideoStatus,
  RequestOptions,
];

describe('public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(hesedvid).sort()).toEqual([
      'APIConnectionError',
      'APIError',
      'APITimeoutError',
      'AuthenticationError',
      'BadRequestError',
      'ConduitError',
      'ConfigurationError',
      'ConflictError',
      'InternalServerError',
      'NotFoundError',
      'PermissionDeniedError',
      'QuotaExceededError',
      'RateLimitError',
      'RequestAbortedError',
      'ResponseValidationError',
      'UnprocessableEntityError',
      'createHesedVidClient',
      'createHesedVidDefinition',
      'createHesedVidErrorParser',
      'defaultHesedVidBaseUrl',
      'hesedvidBucket',
      'hesedvidContentTypes',
      'hesedvidEnvironmentVariable',
      'maxHesedVidFileSize',
      'parseHesedVidError',
    ]);
    expect(hesedvid.defaultHesedVidBaseUrl).toBe('https://api.hesedvid.com/v1/api');
    expect(hesedvid.hesedvidEnvironmentVariable).toBe('HESEDVID_API_KEY');
  });

  it('types the documented shapes', () => {
    expectTypeOf<PublicTypes>().toBeArray();
    expectTypeOf<HesedVidVideoStatus>().toEqualTypeOf<'transcoding' | 'ready' | 'failed'>();
    expectTypeOf<HesedVidClient['mode']>().toEqualTypeOf<'live' | 'test'>();
    expectTypeOf<HesedVidClientOptions['orgId']>().toEqualTypeOf<string>();
    expectTypeOf<HesedVidUploadProgress['stage']>().toEqualTypeOf<'uploading' | 'processing'>();
    expectTypeOf<HesedVidClient['videos']['list']>().returns.toEqualTypeOf<AsyncGenerator<HesedVidVideo, void, undefined>>();
  });
});
