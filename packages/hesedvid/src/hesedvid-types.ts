import type { components } from '@conduit/specs/hesedvid';

type Schemas = components['schemas'];

/** A video as the list and detail endpoints return it. */
export type HesedVidVideo = Schemas['Video'];
/** Video lifecycle status: `transcoding`, `ready` or `failed`. */
export type HesedVidVideoStatus = Schemas['VideoStatus'];
/** Encoding quality preset: `standard`, `high` or `ultra`. */
export type HesedVidVideoQuality = Schemas['VideoQuality'];
/** Accepted container MIME types (mp4, mov, avi, webm, mkv). */
export type HesedVidContentType = Schemas['VideoContentType'];
/** Pagination metadata of a video list page. */
export type HesedVidPagination = Schemas['Pagination'];
/** A share link: web-app URL, direct HLS URL, expiry and token. */
export type HesedVidShareLink = Schemas['ShareLink'];
/** An analytics payload (HesedVid documents no schema; the unit is segments served). */
export type HesedVidAnalyticsReport = Schemas['AnalyticsResponse']['body'];
/** One page of a video list, as HesedVid answers it (`VideoList`): `videos` and `pagination`. */
export type HesedVidVideoPage = Schemas['VideoList'];
