const urlKeys = ['signedUrl', 'signedURL', 'url', 'playbackUrl', 'playbackURL'];

/**
 * The playback URL in HesedVid's `getSignedPlaybackUrl` answer, whose fields HesedVid does not
 * document: the example's `signedUrl`, a few likely spellings, else the first http(s) string.
 */
export function findPlaybackUrl(body: Record<string, unknown>): string | undefined {
  for (const key of urlKeys) {
    const value = body[key];
    if (typeof value === 'string' && /^https?:\/\//.test(value)) {
      return value;
    }
  }
  return Object.values(body).find((value): value is string => typeof value === 'string' && /^https?:\/\/\S+$/.test(value));
}
