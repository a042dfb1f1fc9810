/** Checks a `generation_config` against the spec's enums and ranges; returns the problem, or `undefined`. */
export function checkGenerationConfig(kind: 'text' | 'audio' | 'video', config: unknown): string | undefined {
  if (config === undefined) {
    return undefined;
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) {
    return 'generation_config must be an object';
  }
  const c = config as Record<string, unknown>;
  const oneOf = (name: string, allowed: readonly unknown[]) =>
    c[name] !== undefined && !allowed.includes(c[name]) ? `generation_config.${name} must be one of: ${allowed.join(', ')}` : undefined;
  const ofType = (name: string, type: 'string' | 'boolean' | 'number') =>
    c[name] !== undefined && typeof c[name] !== type ? `generation_config.${name} must be a ${type}` : undefined;
  const adTypes = kind === 'audio' ? ['standard_ad'] : ['standard_ad', 'extended_ad'];
  const checks = [
    oneOf('format', ['json', 'vtt', 'srt', 'edl']),
    kind === 'audio' && c.ad_type !== undefined && c.ad_type !== 'standard_ad'
      ? 'generate_ad_audio supports Standard AD only: generation_config.ad_type must be standard_ad'
      : oneOf('ad_type', adTypes),
    typeof c.language === 'string' && c.language.length < 2
      ? 'generation_config.language must be a BCP-47 tag'
      : ofType('language', 'string'),
    ofType('custom_instructions', 'string'),
    ofType('read_all_onscreen_text', 'boolean'),
    ofType('voice', 'string'),
    ofType('video_category', 'string'),
    ofType('auto_fit', 'boolean'),
    ofType('allow_descriptions_over_music', 'boolean'),
    oneOf('volume_option', ['auto', 'max']),
    typeof c.volume_level_db === 'number' && (c.volume_level_db < -10 || c.volume_level_db > 0)
      ? 'generation_config.volume_level_db must be between -10 and 0'
      : ofType('volume_level_db', 'number'),
    oneOf('audio_track_type', ['mixed', 'ad_only']),
    ofType('description_content', 'string'),
  ];
  return checks.find((problem) => problem !== undefined);
}
