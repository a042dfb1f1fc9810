import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { loadApiKey } from '../../src/auth/load-api-key.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';

const variable = 'CONDUIT_TEST_VIDDYSCRIBE_API_KEY';
const goodKey = 'vsk_abc123def456ghi789jkl012mno345pqr678stu901vwx234yz';
const format = z.string().check(z.regex(/^vsk_[a-z0-9]{20,}$/));
const base = {
  environmentVariable: variable,
  provider: 'ViddyScribe',
  format,
  formatDescription: 'vsk_ followed by lowercase letters and digits',
};

let saved: string | undefined;
beforeEach(() => {
  saved = process.env[variable];
  delete process.env[variable];
});
afterEach(() => {
  if (saved === undefined) {
    delete process.env[variable];
  } else {
    process.env[variable] = saved;
  }
});

function configurationError(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    if (ConfigurationError.isInstance(error)) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadApiKey', () => {
  it('takes the key from the option', () => {
    expect(loadApiKey({ ...base, apiKey: goodKey })).toBe(goodKey);
  });

  it('prefers the option over the environment variable', () => {
    process.env[variable] = 'vsk_fromtheenvironment000000000';
    expect(loadApiKey({ ...base, apiKey: goodKey })).toBe(goodKey);
  });

  it('reads the environment variable when the option is absent (undefined or null)', () => {
    process.env[variable] = goodKey;
    expect(loadApiKey({ ...base, apiKey: undefined })).toBe(goodKey);
    expect(loadApiKey({ ...base, apiKey: null })).toBe(goodKey);
  });

  it('trims surrounding whitespace and newlines from option and environment', () => {
    expect(loadApiKey({ ...base, apiKey: `  ${goodKey}\n` })).toBe(goodKey);
    process.env[variable] = `\t${goodKey}  \n`;
    expect(loadApiKey({ ...base, apiKey: undefined })).toBe(goodKey);
  });

  it('accepts any non-empty key when no format is given', () => {
    expect(loadApiKey({ apiKey: 'anything-goes', environmentVariable: variable, provider: 'X' })).toBe('anything-goes');
  });

  const cases: Array<[string, () => void, string | undefined]> = [
    ['missing everywhere', () => loadApiKey({ ...base, apiKey: undefined }), undefined],
    ['an empty option', () => loadApiKey({ ...base, apiKey: '' }), undefined],
    ['a whitespace-only option', () => loadApiKey({ ...base, apiKey: '   \n' }), undefined],
    [
      'an empty environment variable',
      () => {
        process.env[variable] = '';
        loadApiKey({ ...base, apiKey: undefined });
      },
      undefined,
    ],
    ['a number', () => loadApiKey({ ...base, apiKey: 12345 }), undefined],
    ['an object', () => loadApiKey({ ...base, apiKey: { key: goodKey } }), goodKey],
    [
      'inner whitespace in the option',
      () => loadApiKey({ ...base, apiKey: 'vsk_abc123def456 ghi789jkl012mno345' }),
      'vsk_abc123def456 ghi789jkl012mno345',
    ],
    [
      'inner whitespace in the environment',
      () => {
        process.env[variable] = 'vsk_abc123def456\nghi789jkl012mno345';
        loadApiKey({ ...base, apiKey: undefined });
      },
      'vsk_abc123def456\nghi789jkl012mno345',
    ],
    [
      'a format mismatch in the option',
      () => loadApiKey({ ...base, apiKey: 'vsk_ABCDEF123456789012345xyz' }),
      'vsk_ABCDEF123456789012345xyz',
    ],
    [
      'a format mismatch in the environment',
      () => {
        process.env[variable] = 'hv_live_abcdef1234567890abcd9yz';
        loadApiKey({ ...base, apiKey: undefined });
      },
      'hv_live_abcdef1234567890abcd9yz',
    ],
  ];

  it.each(cases)('throws ConfigurationError naming the variable for %s', (_name, run, fullKey) => {
    const error = configurationError(run);
    expect(error.name).toBe('ConfigurationError');
    expect(error.message).toContain(variable);
    if (fullKey !== undefined) {
      expect(error.message).not.toContain(fullKey);
      expect(JSON.stringify(error)).not.toContain(fullKey);
    }
  });

  it('shows a mismatching key only masked, as prefix…last three', () => {
    const error = configurationError(() => loadApiKey({ ...base, apiKey: 'vsk_ABCDEF123456789012345xyz' }));
    expect(error.message).toContain('vsk_…xyz');
    expect(error.message).toContain('vsk_ followed by lowercase letters and digits');
  });

  it('masks a whitespace-bearing key too', () => {
    const error = configurationError(() => loadApiKey({ ...base, apiKey: 'vsk_abc123def456 ghi789jkl012mno345' }));
    expect(error.message).toContain('vsk_…345');
    expect(error.message).toMatch(/whitespace/);
  });
});
