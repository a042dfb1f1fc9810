import type { SpecViolation } from '../kernel/spec-violation.js';
import type { GenAIMockErrorCode } from './genai-profile.js';

/** A refusal in GenAI's terms: a documented code, a message and optionally the offending field. */
export interface GenAIRefusal {
  /** The GenAI error code to answer with. */
  code: GenAIMockErrorCode;
  /** Human-readable message. */
  message: string;
  /** The request field at fault, when one is. */
  field?: string;
}

/** The longest prompt the mock accepts (the real limit is not documented). */
export const genaiMockPromptLimit = 32_000;

/** The documented code of a field whose value breaks the spec (others are `INVALID_FIELD_VALUE`). */
const fieldCodes: Readonly<Record<string, GenAIMockErrorCode>> = {
  model: 'UNSUPPORTED_MODEL',
  temperature: 'INVALID_TEMPERATURE',
  max_tokens: 'INVALID_MAX_TOKENS',
  size: 'INVALID_IMAGE_SIZE',
  quality: 'INVALID_IMAGE_QUALITY',
};

function refusalFor(violation: SpecViolation): GenAIRefusal {
  const field = violation.name;
  if (violation.location !== 'body' || field === undefined) {
    return { code: 'INVALID_REQUEST', message: `Request body must be a JSON object (${violation.message})` };
  }
  if (violation.keyword === 'required' || (violation.keyword === 'minLength' && violation.pointer === `/${field}`)) {
    return { code: 'MISSING_REQUIRED_FIELD', message: 'Required field is missing', field };
  }
  const code = fieldCodes[field] ?? 'INVALID_FIELD_VALUE';
  return { code, message: code === 'UNSUPPORTED_MODEL' ? 'Model is not supported' : `${field} ${violation.message}`, field };
}

/** GenAI's documented 400 for a request that breaks the spec: a missing field first, then the first bad one. */
export function genaiRefusal(violations: readonly SpecViolation[]): GenAIRefusal {
  const first = violations.find((violation) => violation.keyword === 'required') ?? (violations[0] as SpecViolation);
  return refusalFor(first);
}

/** `PROMPT_TOO_LONG` past the mock's limit (the spec documents the code, not the limit). */
export function promptTooLong(text: unknown, code: GenAIMockErrorCode = 'PROMPT_TOO_LONG'): GenAIRefusal | undefined {
  return typeof text === 'string' && text.length > genaiMockPromptLimit
    ? { code, message: `Prompt exceeds ${genaiMockPromptLimit} characters`, field: code === 'PROMPT_TOO_LONG' ? 'prompt' : 'text' }
    : undefined;
}
