import { afterEach, describe, expect, it, vi } from 'vitest';
import { isBrowser } from '../../src/transport/is-browser.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isBrowser', () => {
  it('is false in Node', () => {
    expect(isBrowser()).toBe(false);
  });

  it('is false in Node even when a window global exists (jsdom-style test setups)', () => {
    vi.stubGlobal('window', {});
    expect(isBrowser()).toBe(false);
  });

  it('is true with a window and no Node process', () => {
    vi.stubGlobal('process', undefined);
    vi.stubGlobal('window', {});
    const result = isBrowser();
    vi.unstubAllGlobals();
    expect(result).toBe(true);
  });

  it('is true in a worker (importScripts) without Node', () => {
    vi.stubGlobal('process', undefined);
    vi.stubGlobal('importScripts', () => {});
    const result = isBrowser();
    vi.unstubAllGlobals();
    expect(result).toBe(true);
  });
});
