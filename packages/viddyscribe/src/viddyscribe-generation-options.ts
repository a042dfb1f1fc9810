import type { components } from '@conduit/specs/viddyscribe';

/** Serialization of the AD text: `json` (timed segments), `vtt`, `srt` or `edl`. */
export type OutputFormat = components['schemas']['OutputFormat'];
/** `standard_ad` fits descriptions into dialogue gaps; `extended_ad` inserts pauses. */
export type AdType = components['schemas']['AdType'];
/** `auto`, or `max` to cap the AD track at `volumeLevelDb`. */
export type VolumeOption = components['schemas']['VolumeOption'];
/** `mixed` (dialogue plus narration) or `ad_only` (narration only). */
export type AudioTrackType = 'mixed' | 'ad_only';
/** `Auto`, a documented category, or a custom one on plans that allow it. */
export type VideoCategory =
  | 'Auto'
  | 'Educational Lecture'
  | 'Educational Kids'
  | 'Government Meeting'
  | 'Documentary'
  | 'Narrative Story'
  | 'Social Media'
  | 'Tutorial/How-To'
  | 'Vlog'
  | 'Commercial/Advertisement'
  | 'News'
  | 'Entertainment'
  | 'Home Video'
  | 'Video Call'
  | (string & {});

/** Captions used as transcript/context instead of generated ones. */
export interface CustomCaptions {
  /** VTT, SRT or plain-text captions. */
  content: string;
  /** Optional format hint. */
  format?: string | undefined;
  /** Optional file name hint. */
  filename?: string | undefined;
}

/** What every generate call accepts (request options such as `signal` go in the last argument). Durations are milliseconds. */
export interface BaseGenerationOptions {
  /** BCP-47 language of the descriptions, e.g. `en-US`. */
  language?: string | undefined;
  /** Serialization of the AD text (default `json`: the docs disagree on the server's default, so it is always sent). */
  format?: OutputFormat | undefined;
  /** Free-text style guidance (plan-gated: `allow_custom_instructions`). */
  customInstructions?: string | undefined;
  /** File name hint sent with the media. */
  filename?: string | undefined;
  /** How long to keep retrying a `409 upload_not_ready`, in milliseconds (default: the client's `uploadReadyTimeout`; 0 = never). */
  uploadReadyTimeout?: number | undefined;
  /** @deprecated Pass `signal` in the request options (the last argument). */
  signal?: AbortSignal | undefined;
  /** @deprecated Pass `timeout` in the request options (the last argument). */
  timeout?: number | undefined;
  /** @deprecated Pass `idempotent` in the request options (the last argument). */
  idempotent?: boolean | undefined;
}

/** Options for rendering narration (audio and video jobs). */
export interface NarrationOptions {
  /** Voice id, e.g. `Achernar`. */
  voice?: string | undefined;
  /** Content category guiding the description style (custom values are plan-gated). */
  videoCategory?: VideoCategory | undefined;
  /** Fit descriptions into detected no-speech zones when possible. */
  autoFit?: boolean | undefined;
  /** Allow descriptions over detected music when no better timing exists. */
  allowDescriptionsOverMusic?: boolean | undefined;
  /** `auto` or `max` (plan-gated: `allow_config_volume`). */
  volumeOption?: VolumeOption | undefined;
  /** Max peak level of the AD track in dBFS, from -10 to 0, when `volumeOption` is `max`. */
  volumeLevelDb?: number | undefined;
  /** A description script/EDL to render instead of generating one (plan-gated). */
  descriptionContent?: string | undefined;
}

/** Options of `generateText`. */
export interface TextGenerationOptions extends BaseGenerationOptions {
  /** `standard_ad` or `extended_ad`. */
  adType?: AdType | undefined;
  /** Read all on-screen text aloud (default false). */
  readAllOnscreenText?: boolean | undefined;
}

/** Options of `generateAudio` (Standard AD only). */
export interface AudioGenerationOptions extends BaseGenerationOptions, NarrationOptions {
  /** Only `standard_ad` is supported for audio; anything else is refused before sending. */
  adType?: 'standard_ad' | undefined;
  /** Track returned as `audio_signed_url` (default `mixed`). */
  audioTrackType?: AudioTrackType | undefined;
  /** Captions to use as transcript/context. */
  customCaptions?: CustomCaptions | undefined;
}

/** Options of `generateVideo`. */
export interface VideoGenerationOptions extends BaseGenerationOptions, NarrationOptions {
  /** `standard_ad` (also returns the AD audio track) or `extended_ad`. */
  adType?: AdType | undefined;
  /** Read all on-screen text aloud (default false). */
  readAllOnscreenText?: boolean | undefined;
}
