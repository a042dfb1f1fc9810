import type { components } from '@conduit/specs/genai';
import type { GenAIMockErrorCode } from './genai-profile.js';

/** Why a request's credentials were refused, in GenAI's 401 terms. */
export interface GenAIAuthProblem {
  /** The GenAI error code to answer with. */
  code: GenAIMockErrorCode;
  /** Human-readable message. */
  message: string;
  /** Structured details of the error. */
  details?: components['schemas']['ErrorDetails'];
}

/**
 * Checks `Authorization: Bearer <key>`: any key in the documented format (visible ASCII, no
 * whitespace) is accepted unless it contains `expired` or `revoked`.
 */
export function checkBearer(header: string | null): { key: string } | { problem: GenAIAuthProblem } {
  if (header === null || header.trim() === '') {
    return { problem: { code: 'MISSING_API_KEY', message: 'API key is required', details: { header: 'Authorization' } } };
  }
  const key = /^Bearer ([\x21-\x7E]+)$/.exec(header.trim())?.[1];
  if (key === undefined) {
    return { problem: { code: 'INVALID_API_KEY', message: 'The provided API key is invalid' } };
  }
  if (key.includes('expired')) {
    return { problem: { code: 'EXPIRED_API_KEY', message: 'The API key has expired', details: { expired_at: '2024-01-01T00:00:00Z' } } };
  }
  if (key.includes('revoked')) {
    return { problem: { code: 'REVOKED_API_KEY', message: 'The API key has been revoked' } };
  }
  return { key };
}
