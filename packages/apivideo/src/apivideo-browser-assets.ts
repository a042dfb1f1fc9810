/** What a private (or public) api.video asset URL says about itself. */
export interface ApiVideoAsset {
  /** The video id in the URL. */
  videoId: string | undefined;
  /** The single-use private token in the URL (`?token=` or `/token/…/`); absent for public videos. */
  privateToken: string | undefined;
}

/**
 * Reads a video asset URL from `video.assets` (`https://embed.api.video/vod/{id}?token=…`,
 * `https://vod.api.video/vod/{id}/token/{token}/hls/manifest.m3u8`, thumbnails, mp4) into the
 * video id and its private token, without any request.
 */
export function readApiVideoAsset(url: string): ApiVideoAsset {
  const match = /\/vod\/([^/?#]+)(?:\/token\/([^/?#]+))?/.exec(url);
  return { videoId: match?.[1], privateToken: match?.[2] ?? /[?&]token=([^&#]+)/.exec(url)?.[1] };
}

/**
 * Adds a private-video session token (api.video's `avh` parameter) to an asset URL, so the player,
 * manifest and thumbnail of one private video count as one viewing session.
 */
export function withApiVideoSession(url: string, sessionToken: string): string {
  const target = new URL(url);
  target.searchParams.set('avh', sessionToken);
  return target.href;
}
