import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDebugLogger } from '../../src/logging/create-debug-logger.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createDebugLogger', () => {
  it('is off unless asked for', () => {
    expect(createDebugLogger(undefined, 'x')).toBeUndefined();
    expect(createDebugLogger(false, 'x')).toBeUndefined();
  });

  it('prefixes lines with the provider and redacts them before the sink sees them', () => {
    const lines: string[] = [];
    const log = createDebugLogger((line) => lines.push(line), 'hesedvid');
    log?.('→ GET https://a.test/x?token=abcdef123 with hv_live_0123456789abcdef');
    expect(lines).toEqual(['[conduit:hesedvid] → GET https://a.test/x?token=[REDACTED] with hv_live_…def']);
  });

  it('writes to console.debug when debug is true', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    createDebugLogger(true, 'genai')?.('Bearer abcdefghijk');
    expect(debug).toHaveBeenCalledWith('[conduit:genai] Bearer [REDACTED]');
  });
});
