import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
} from '@opentelemetry/semantic-conventions';
import { describe, expect, it } from 'vitest';
import { semanticAttributes } from '../src/semantic-attributes.js';

describe('semanticAttributes', () => {
  it('spells every HTTP client attribute as @opentelemetry/semantic-conventions does', () => {
    expect(semanticAttributes).toEqual({
      httpRequestMethod: ATTR_HTTP_REQUEST_METHOD,
      httpResponseStatusCode: ATTR_HTTP_RESPONSE_STATUS_CODE,
      httpRequestResendCount: ATTR_HTTP_REQUEST_RESEND_COUNT,
      serverAddress: ATTR_SERVER_ADDRESS,
      serverPort: ATTR_SERVER_PORT,
      urlFull: ATTR_URL_FULL,
      errorType: ATTR_ERROR_TYPE,
    });
  });
});
