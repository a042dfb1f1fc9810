import type { components } from '@conduit/specs/apivideo';

type Schemas = components['schemas'];

/** A video object. */
export type Video = Schemas['Video'];
/** Upload (ingest) and encoding status of a video. */
export type VideoStatus = Schemas['VideoStatus'];
/** Body of `videos.create`. Settings with a server default may be omitted. */
export type VideoCreationPayload = Schemas['VideoCreationPayload'];
/** Body of `videos.update`: only the attributes sent change; `tags` and `metadata` replace the lists. */
export type VideoUpdatePayload = Schemas['VideoUpdatePayload'];
/** A delegated upload token. */
export type UploadToken = Schemas['UploadToken'];
/** A caption track. */
export type Caption = Schemas['Caption'];
/** A chapter track. */
export type Chapter = Schemas['Chapter'];
/** A tag with its usage count. */
export type Tag = Schemas['Tag'];
/** A video summary. */
export type Summary = Schemas['Summary'];
/** Body of `summaries.create`. */
export type SummaryCreationPayload = Schemas['SummaryCreationPayload'];
/** Content of a summary. */
export type SummarySource = Schemas['SummarySource'];
/** Body of `summaries.updateSource`. */
export type SummaryUpdatePayload = Schemas['SummaryUpdatePayload'];
/** A watermark image. */
export type Watermark = Schemas['Watermark'];
/** A live stream. */
export type LiveStream = Schemas['LiveStream'];
/** Body of `liveStreams.create`. */
export type LiveStreamCreationPayload = Schemas['LiveStreamCreationPayload'];
/** Body of `liveStreams.update`. */
export type LiveStreamUpdatePayload = Schemas['LiveStreamUpdatePayload'];
/** A player theme. */
export type PlayerTheme = Schemas['PlayerTheme'];
/** Body of `players.create`. Settings with a server default may be omitted. */
export type PlayerThemeCreationPayload = Schemas['PlayerThemeCreationPayload'];
/** Body of `players.update`. */
export type PlayerThemeUpdatePayload = Schemas['PlayerThemeUpdatePayload'];
/** A webhook subscription. */
export type Webhook = Schemas['Webhook'];
/** Body of `webhooks.create`. */
export type WebhookCreationPayload = Schemas['WebhookCreationPayload'];
/** Events a webhook can subscribe to. */
export type WebhookEventType = Schemas['WebhookEventType'];
/** Paging information of a list answer. */
export type Pagination = Schemas['Pagination'];
/** A language api.video can transcribe. */
export type VideoLanguage = Schemas['VideoLanguage'];
