import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiKeyHeader } from '../../src/auth/api-key-header.js';
import { bearer } from '../../src/auth/bearer.js';
import { none } from '../../src/auth/none.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import type { TransportOptions } from '../../src/transport/transport-options.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Runs `create` with `window` defined and Node's `process` hidden, restoring both before returning. */
function inSimulatedBrowser(create: () => unknown): { error?: unknown; value?: unknown } {
  vi.stubGlobal('process', undefined);
  vi.stubGlobal('window', {});
  try {
    return { value: create() };
  } catch (error) {
    return { error };
  } finally {
    vi.unstubAllGlobals();
  }
}

const keyed: TransportOptions = { provider: 'hesedvid', auth: apiKeyHeader('X-Api-Key')('hv_live_browserguardtest000001') };

describe('a key-bearing transport in a browser', () => {
  it('throws ConfigurationError pointing at the browser entry', () => {
    const { error } = inSimulatedBrowser(() => createTransport(keyed));
    expect(ConfigurationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('browser');
    expect((error as Error).message).toContain('dangerouslyAllowBrowser');
    expect((error as Error).message).not.toContain('hv_live_browserguardtest000001');
  });

  it('is refused for bearer keys too', () => {
    const { error } = inSimulatedBrowser(() => createTransport({ provider: 'genai', auth: bearer()('gen_browserguardtest0000002') }));
    expect(ConfigurationError.isInstance(error)).toBe(true);
  });

  it('is allowed with dangerouslyAllowBrowser: true', () => {
    const { error, value } = inSimulatedBrowser(() => createTransport({ ...keyed, dangerouslyAllowBrowser: true }));
    expect(error).toBeUndefined();
    expect(typeof value).toBe('function');
  });

  it('is fine without a key (signed URLs, upload tokens)', () => {
    const { error } = inSimulatedBrowser(() => createTransport({ provider: 'hesedvid', auth: none() }));
    expect(error).toBeUndefined();
  });

  it('is fine in Node', () => {
    expect(typeof createTransport(keyed)).toBe('function');
  });
});
