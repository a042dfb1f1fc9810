import type { components } from '@conduit/specs/apivideo';
import { apivideoDocs } from './apivideo-http.js';
import type { ApiVideoMockState, ApiVideoMockVideo } from './apivideo-state.js';

type Schemas = components['schemas'];
type ProblemItem = Schemas['ProblemDetailsItem'];

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

/**
 * The checks of a video creation or update body that need the mock's state or go past the spec
 * (whose types, enums and patterns the kernel has checked): an empty title, unknown player or
 * watermark, attributes an update cannot change. Every failing attribute is listed, as in the API's `400`.
 */
export function videoPayloadProblems(state: ApiVideoMockState, body: Record<string, unknown>, creating: boolean): ProblemItem[] {
  const problems: ProblemItem[] = [];
  const invalid = (name: string, title: string) => problems.push(item('invalid-attribute', title, name));
  if (creating && typeof body.title === 'string' && body.title.trim() === '') {
    problems.push(item('attribute-required', 'This attribute is required.', 'title'));
  }
  if (body.playerId !== undefined && body.playerId !== null && !state.players.has(String(body.playerId))) {
    invalid('playerId', 'This player does not exist.');
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
