import type { components } from '@conduit/specs/apivideo';
import { apivideoDocs } from './apivideo-http.js';
import type { ApiVideoMockState, ApiVideoMockVideo } from './apivideo-state.js';

type Schemas = components['schemas'];
type ProblemItem = Schemas['ProblemDetailsItem'];

/** The 33 languages api.video transcribes. */
export const videoLanguages = [
  'ar',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hr',
  'hu',
  'it',
  'ja',
  'ko',
  'ml',
  'nl',
  'nn',
  'no',
  'pl',
  'pt',
  'ru',
  'sk',
  'sl',
  'te',
  'tr',
  'uk',
  'ur',
  'vi',
  'zh',
];

const clipPattern = /^(?:\d{2,3}:[0-5]\d:[0-5]\d(?:\.\d{1,3}|:\d{1,2})?|\d{1,7})$/;

/** Asset URLs of a video; private videos get a fresh single-use token on every read. */
export function assetsFor(state: ApiVideoMockState, videoId: string, isPublic: boolean): Schemas['VideoAssets'] {
  const token = isPublic ? '' : `/token/${state.nextId('')}`;
  const query = isPublic ? '' : `?token=${token.slice(7)}`;
  return {
    iframe: `<iframe src="https://embed.api.video/vod/${videoId}${query}" width="100%" height="100%" frameborder="0" scrolling="no" allowfullscreen=""></iframe>`,
    player: `https://embed.api.video/vod/${videoId}${query}`,
    hls: `https://vod.api.video/vod/${videoId}${token}/hls/manifest.m3u8`,
    thumbnail: `https://vod.api.video/vod/${videoId}${token}/thumbnail.jpg`,
    mp4: `https://vod.api.video/vod/${videoId}${token}/mp4/source.mp4`,
  };
}

/** A stored video as the API shows it (private assets re-minted). */
export function present(state: ApiVideoMockState, entry: ApiVideoMockVideo): Schemas['Video'] {
  const video = entry.video;
  return video.public === false ? { ...video, assets: assetsFor(state, video.videoId, false) } : { ...video };
}

/** A new, empty video container. */
export function createVideoEntry(state: ApiVideoMockState, title: string): ApiVideoMockVideo {
  const videoId = state.nextId('vi');
  const now = state.timestamp();
  const entry: ApiVideoMockVideo = {
    video: {
      videoId,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
      title,
      description: '',
      discarded: false,
      discardedAt: null,
      deletesAt: null,
      language: null,
      languageOrigin: null,
      tags: [],
      metadata: [],
      source: { uri: `/videos/${videoId}/source` },
      assets: assetsFor(state, videoId, true),
      playerId: null,
      public: true,
      panoramic: false,
      mp4Support: true,
    },
    upload: { style: undefined, ranges: [], total: undefined, parts: [], complete: false, fileName: undefined },
    statusPolls: 0,
    createdByToken: false,
  };
  state.videos.set(videoId, entry);
  return entry;
}

function item(slug: string, title: string, name: string): ProblemItem {
  return { type: `${apivideoDocs}${slug}`, title, name };
}

const isStringArray = (value: unknown) => Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/**
 * Checks a video creation or update body against the spec and returns every failing attribute
 * (`problems[]`), as the API's `400` does.
 */
export function videoPayloadProblems(state: ApiVideoMockState, body: Record<string, unknown>, creating: boolean): ProblemItem[] {
  const problems: ProblemItem[] = [];
  const invalid = (name: string, title: string) => problems.push(item('invalid-attribute', title, name));
  if (creating && (typeof body.title !== 'string' || body.title.trim() === '')) {
    problems.push(item('attribute-required', 'This attribute is required.', 'title'));
  } else if (body.title !== undefined && typeof body.title !== 'string') {
    invalid('title', 'This attribute must be a string.');
  }
  for (const name of ['description', 'source']) {
    if (body[name] !== undefined && typeof body[name] !== 'string') {
      invalid(name, 'This attribute must be a string.');
    }
  }
  for (const name of ['public', 'panoramic', 'mp4Support', 'transcript', 'transcriptSummary']) {
    if (body[name] !== undefined && typeof body[name] !== 'boolean') {
      invalid(name, 'This attribute must be a boolean.');
    }
  }
  if (body.tags !== undefined && !isStringArray(body.tags)) {
    invalid('tags', 'This attribute must be an array.');
  }
  if (
    body.metadata !== undefined &&
    !(Array.isArray(body.metadata) && body.metadata.every((pair) => typeof pair?.key === 'string' && typeof pair?.value === 'string'))
  ) {
    invalid('metadata', 'This attribute must be an array of {key, value} objects.');
  }
  if (body.language !== undefined && body.language !== null && !videoLanguages.includes(String(body.language))) {
    invalid('language', 'This attribute must be one of the supported languages.');
  }
  if (
    body.transcriptSummaryAttributes !== undefined &&
    !(
      isStringArray(body.transcriptSummaryAttributes) &&
      (body.transcriptSummaryAttributes as string[]).every((entry) => entry === 'abstract' || entry === 'takeaways')
    )
  ) {
    invalid('transcriptSummaryAttributes', 'This attribute must list abstract and/or takeaways.');
  }
  if (body.playerId !== undefined && body.playerId !== null && !state.players.has(String(body.playerId))) {
    invalid('playerId', 'This player does not exist.');
  }
  if (creating && body.clip !== undefined) {
    const clip = body.clip as Record<string, unknown> | null;
    if (
      typeof clip !== 'object' ||
      clip === null ||
      ['startTimecode', 'endTimecode'].some((name) => clip[name] !== undefined && !clipPattern.test(String(clip[name])))
    ) {
      invalid('clip', 'The clip timecodes are invalid.');
    }
  }
  if (creating && body.watermark !== undefined) {
    const watermark = body.watermark as Record<string, unknown> | null;
    if (typeof watermark?.id !== 'string' || !state.watermarks.has(watermark.id)) {
      invalid('watermark', 'This watermark does not exist.');
    }
  }
  if (!creating) {
    for (const name of ['source', 'clip', 'watermark']) {
      if (body[name] !== undefined) {
        invalid(name, 'This attribute cannot be changed after creation.');
      }
    }
  }
  return problems;
}

/** Applies a checked creation or update body to a stored video. */
export function applyVideoPayload(state: ApiVideoMockState, entry: ApiVideoMockVideo, body: Record<string, unknown>): void {
  const video = entry.video;
  for (const name of ['title', 'description', 'public', 'panoramic', 'mp4Support', 'tags', 'metadata', 'playerId'] as const) {
    if (body[name] !== undefined) {
      (video as Record<string, unknown>)[name] = body[name];
    }
  }
  if (body.language !== undefined) {
    video.language = body.language as Schemas['VideoLanguage'] | null;
    video.languageOrigin = body.language === null ? null : 'api';
  }
  if (body.public !== undefined) {
    video.assets = assetsFor(state, video.videoId, true);
  }
  video.updatedAt = state.timestamp();
}
