import * as core from '@conduit/core';
import type { HesedVidFieldName } from '@conduit/specs/hesedvid';
import type { FieldNames } from '@conduit/testing';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  APIErrorDetails,
  APIResponse,
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
  Middleware,
  RateLimitState,
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
  APIErrorDetails,
  APIResponse<unknown>,
  Middleware,
  RateLimitState,
];

// The naming rule (docs/contributing.md): every key a method resolves to is a property name the
// spec declares. Index signatures (payloads HesedVid leaves undocumented) carry no names to check.
type Namespaces = Pick<HesedVidClient, 'videos' | 'shareLinks' | 'playback' | 'analytics' | 'environments'>;
type Methods = { [N in keyof Namespaces]: Namespaces[N][keyof Namespaces[N]] }[keyof Namespaces];
type Returned<F> = F extends (...args: never[]) => infer Result ? Result : never;
type ReturnData = Awaited<Returned<Methods>>;
type LastParameter<F> = F extends (...args: infer Args) => unknown
  ? Required<Args> extends [...unknown[], infer Last]
    ? Last
    : never
  : never;

describe('public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(hesedvid).sort()).toEqual([
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
      'createHesedVidClient',
      'createHesedVidDefinition',
      'createHesedVidErrorParser',
      'defaultHesedVidBaseUrl',
      'hesedvidBucket',
      'hesedvidContentTypes',
      'hesedvidEnvironmentVariable',
      'maxHesedVidFileSize',
      'parseHesedVidError',
      'readHesedVidPlayback',
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
    expectTypeOf<HesedVidClient['videos']['list']>().returns.toEqualTypeOf<hesedvid.PagePromise<HesedVidVideoPage, HesedVidVideo>>();
  });

  it('re-exports the error classes of core and promise classes themselves', () => {
    expect(hesedvid.APIPromise).toBe(core.APIPromise);
    expect(hesedvid.PagePromise).toBe(core.PagePromise);
    expect(hesedvid.RateLimitError).toBe(core.RateLimitError);
    expect(hesedvid.ResponseValidationError).toBe(core.ResponseValidationError);
    expectTypeOf<RequestOptions>().toEqualTypeOf<core.RequestOptions>();
  });

  it('takes RequestOptions last and returns an APIPromise from every method', () => {
    expectTypeOf<Returned<Methods>>().toMatchTypeOf<hesedvid.APIPromise<unknown>>();
    expectTypeOf<LastParameter<Methods>>().toEqualTypeOf<RequestOptions>();
  });

  it('returns only field names the spec declares (the naming rule)', () => {
    expectTypeOf<Exclude<FieldNames<ReturnData>, HesedVidFieldName>>().toEqualTypeOf<never>();
    expectTypeOf<FieldNames<HesedVidUploadResult>>().toEqualTypeOf<'videoID' | 'status'>();
    expectTypeOf<FieldNames<HesedVidUploadUrl>>().toEqualTypeOf<'videoID' | 'signedURL' | 'expiresAt'>();
  });
});
