import { describe, expect, it } from 'vitest';
import { parseViddyScribeError } from '../src/index.js';

const context = { status: 400, headers: new Headers() };

describe('parseViddyScribeError', () => {
  it('reads the usual shape: `error` is the code, `message` the text, plan fields as details', () => {
    const parsed = parseViddyScribeError(
      {
        error: 'feature_not_available',
        message: 'Custom instructions are not available on your current plan.',
        feature: 'allow_custom_instructions',
        plan_name: 'Starter',
        upgrade_url: '/billing/upgrade',
      },
      { ...context, status: 403 },
    );
    expect(parsed).toEqual({
      code: 'feature_not_available',
      message: 'Custom instructions are not available on your current plan.',
      kind: 'permission',
      details: { feature: 'allow_custom_instructions', plan_name: 'Starter', upgrade_url: '/billing/upgrade' },
    });
  });

  it('reads the upload-state shape: the code is in `code`, the prose in `error`', () => {
    const parsed = parseViddyScribeError(
      { error: 'Upload is still being processed.', code: 'upload_not_ready', upload_status: 'processing' },
      { ...context, status: 409 },
    );
    expect(parsed).toEqual({
      code: 'upload_not_ready',
      message: 'Upload is still being processed.',
      kind: 'conflict',
      details: { upload_status: 'processing' },
    });
  });

  it.each([
    ['plan_limit_exceeded', 'quota'],
    ['limit_reached', 'quota'],
    ['rate_limit_exceeded', 'rate-limit'],
    ['concurrency_limit_exceeded', 'rate-limit'],
    ['queue_limit_exceeded', 'rate-limit'],
    ['unauthorized', 'authentication'],
    ['video_too_long', 'permission'],
    ['file_too_large', 'permission'],
    ['upload_failed', 'conflict'],
  ])('classifies %s as %s', (code, kind) => {
    expect(parseViddyScribeError({ error: code, message: 'x' }, context)?.kind).toBe(kind);
  });

  it('leaves undocumented codes to the status', () => {
    expect(parseViddyScribeError({ error: 'internal_error', message: 'boom' }, { ...context, status: 500 })).toEqual({
      code: 'internal_error',
      message: 'boom',
      kind: undefined,
      details: undefined,
    });
  });

  it.each([[undefined], [null], ['plain text'], [42], [[]], [{ message: 'no code' }], [{ error: 5 }]])(
    'returns undefined for a body of another shape (%j) and never throws',
    (body) => {
      expect(parseViddyScribeError(body, context)).toBeUndefined();
    },
  );
});
