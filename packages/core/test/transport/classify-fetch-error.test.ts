import { describe, expect, it } from 'vitest';
import { APIConnectionError } from '../../src/errors/api-connection-error.js';
import { APITimeoutError } from '../../src/errors/api-timeout-error.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { classifyFetchError } from '../../src/transport/classify-fetch-error.js';

const context = { method: 'POST', host: 'api.example.test', timeoutMs: 50 };
const withCode = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

describe('classifyFetchError', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])('%s means the request never left (notSent)', (code) => {
    const { error, notSent } = classifyFetchError(withCode(code), undefined, context);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect(error.message).toBe(`Could not reach api.example.test (${code})`);
    expect(notSent).toBe(true);
    expect(error.retryable).toBe(true);
  });

  it.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'])('%s may have reached the server', (code) => {
    expect(classifyFetchError(withCode(code), undefined, context).notSent).toBe(false);
  });

  it('an error without a code is a connection error that may have been sent', () => {
    const cause = new TypeError('fetch failed');
    const { error, notSent } = classifyFetchError(cause, undefined, context);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect(error.cause).toBe(cause);
    expect(notSent).toBe(false);
  });

  it('maps abort causes to RequestAbortedError, APITimeoutError, or a non-retryable deadline timeout', () => {
    const abort = new DOMException('aborted', 'AbortError');
    expect(RequestAbortedError.isInstance(classifyFetchError(abort, 'caller', context).error)).toBe(true);
    const timeout = classifyFetchError(abort, 'timeout', context).error;
    expect(APITimeoutError.isInstance(timeout)).toBe(true);
    expect(timeout.message).toBe('POST to api.example.test timed out after 50 ms');
    expect(timeout.retryable).toBe(true);
    const deadline = classifyFetchError(abort, 'deadline', context).error;
    expect(APITimeoutError.isInstance(deadline)).toBe(true);
    expect(deadline.retryable).toBe(false);
  });

  it('passes Conduit errors through unchanged', () => {
    const original = new ConfigurationError('bad');
    expect(classifyFetchError(original, 'timeout', context).error).toBe(original);
  });
});
