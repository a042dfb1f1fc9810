import { HttpResponse } from 'msw';
import type { SpecViolation } from '../kernel/spec-violation.js';
import { scriptixErrorBody } from './scriptix-respond.js';

/**
 * Scriptix's answer to a request that breaks the spec: TUS's `412` (with `Tus-Version`) when the
 * `Tus-Resumable` header is missing or wrong, else the documented 400 body naming the field.
 */
export function scriptixInvalidRequest(violations: readonly SpecViolation[]): Response {
  if (violations.some((violation) => violation.location === 'header' && violation.name?.toLowerCase() === 'tus-resumable')) {
    return new HttpResponse(null, { status: 412, headers: { 'Tus-Version': '1.0.0' } });
  }
  const first = violations[0] as SpecViolation;
  const message = violations.map((violation) => `${violation.location} ${violation.pointer || '/'}: ${violation.message}`).join('; ');
  return HttpResponse.json(
    scriptixErrorBody(400, 'invalid_request', message, { field: first.name ?? first.location, issue: first.message }),
    {
      status: 400,
    },
  );
}
