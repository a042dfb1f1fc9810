import { ConfigurationError } from '@conduit/core';
import { checkBoolean, checkOneOf, checkRange, checkText } from './viddyscribe-checks.js';

/** The three job kinds, one per generate endpoint. */
export type JobKind = 'text' | 'audio' | 'video';

type Check = (label: string, name: string, value: unknown) => unknown;

const languagePattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function checkCaptions(label: string, name: string, value: unknown): unknown {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`${label}: \`${name}\` must be an object { content, format?, filename? }.`);
  }
  const { content, format, filename, ...rest } = value as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) {
    throw new ConfigurationError(`${label}: \`${name}\` has an unknown field \`${unknown}\` (expected content, format, filename).`);
  }
  checkText(label, `${name}.content`, content ?? null, undefined, 'the caption text');
  checkText(label, `${name}.format`, format);
  checkText(label, `${name}.filename`, filename);
  return { content, ...(format === undefined ? {} : { format }), ...(filename === undefined ? {} : { filename }) };
}

/** camelCase option → spec field and its check. */
const fields: Record<string, [string, Check]> = {
  language: ['language', (label, name, value) => checkText(label, name, value, languagePattern, 'a BCP-47 tag such as en-US')],
  format: ['format', (label, name, value) => checkOneOf(label, name, value, ['json', 'vtt', 'srt', 'edl'])],
  adType: ['ad_type', (label, name, value) => checkOneOf(label, name, value, ['standard_ad', 'extended_ad'])],
  customInstructions: ['custom_instructions', checkText],
  readAllOnscreenText: ['read_all_onscreen_text', checkBoolean],
  voice: ['voice', checkText],
  videoCategory: ['video_category', checkText],
  autoFit: ['auto_fit', checkBoolean],
  allowDescriptionsOverMusic: ['allow_descriptions_over_music', checkBoolean],
  volumeOption: ['volume_option', (label, name, value) => checkOneOf(label, name, value, ['auto', 'max'])],
  volumeLevelDb: ['volume_level_db', (label, name, value) => checkRange(label, name, value, -10, 0)],
  audioTrackType: ['audio_track_type', (label, name, value) => checkOneOf(label, name, value, ['mixed', 'ad_only'])],
  descriptionContent: ['description_content', checkText],
  customCaptions: ['custom_captions', checkCaptions],
};

const narration = [
  'voice',
  'videoCategory',
  'autoFit',
  'allowDescriptionsOverMusic',
  'volumeOption',
  'volumeLevelDb',
  'descriptionContent',
];

/** Which generation options each endpoint documents. */
export const generationOptionKeys: Record<JobKind, readonly string[]> = {
  text: ['language', 'format', 'adType', 'customInstructions', 'readAllOnscreenText'],
  audio: ['language', 'format', 'adType', 'customInstructions', 'audioTrackType', 'customCaptions', ...narration],
  video: ['language', 'format', 'adType', 'customInstructions', 'readAllOnscreenText', ...narration],
};

/**
 * Checks the caller's generation options and maps them to the spec's `generation_config`.
 * `format` is always sent (default `json`); audio always sends `ad_type: standard_ad`.
 */
export function buildGenerationConfig(kind: JobKind, options: Record<string, unknown>, label: string): Record<string, unknown> {
  if (kind === 'audio' && options.adType !== undefined && options.adType !== 'standard_ad') {
    throw new ConfigurationError(
      `${label}: audio tracks are rendered for Standard AD only, so \`adType\` must be 'standard_ad' (got "${String(options.adType)}"). Use generateVideo or generateText for extended_ad.`,
    );
  }
  const config: Record<string, unknown> = { format: 'json' };
  for (const key of generationOptionKeys[kind]) {
    const field = fields[key];
    const value = field?.[1](label, key, options[key]);
    if (field && value !== undefined) {
      config[field[0]] = value;
    }
  }
  if (kind === 'audio') {
    config.ad_type = 'standard_ad';
    config.audio_track_type ??= 'mixed';
  }
  return config;
}
