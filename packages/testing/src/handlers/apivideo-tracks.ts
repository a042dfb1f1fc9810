import { invalid, notFound } from './apivideo-http.js';
import type { ApiVideoMockState } from './apivideo-state.js';

const languagePattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** English names of common caption languages. */
export const languageNames: Record<string, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
};

/** True when the file starts with the `WEBVTT` header. */
export async function isWebVtt(file: File): Promise<boolean> {
  const head = new TextDecoder().decode(await file.slice(0, 16).arrayBuffer()).replace(/^\uFEFF/, '');
  return /^WEBVTT(?:$|\s)/.test(head);
}

/** Checks the video exists and the language tag is well formed. */
export function checkTarget(state: ApiVideoMockState, params: Record<string, string>): Response | { videoId: string; language: string } {
  const videoId = params.videoId ?? '';
  const language = params.language ?? '';
  if (!state.videos.has(videoId)) {
    return notFound('videoId');
  }
  if (!languagePattern.test(language)) {
    return invalid('invalid-attribute', 'An attribute is invalid.', 'language', { detail: 'Use an IETF BCP 47 language tag.' });
  }
  return { videoId, language };
}
