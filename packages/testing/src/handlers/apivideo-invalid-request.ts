import type { components } from '@conduit/specs/apivideo';
import type { SpecViolation } from '../kernel/spec-violation.js';
import { apivideoDocs, problem } from './apivideo-http.js';

type ProblemItem = components['schemas']['ProblemDetailsItem'];

function slugOf(violation: SpecViolation): [string, string] {
  if (violation.location === 'header' && violation.name?.toLowerCase() === 'content-range') {
    return ['video-content-range-malformed', 'The value of the "Content-Range" header is malformed.'];
  }
  if (violation.location === 'query' || violation.location === 'path') {
    return ['invalid-query-parameter', 'A query parameter is invalid.'];
  }
  if (
    violation.keyword === 'required' ||
    (violation.keyword === 'minLength' && violation.message.startsWith('must NOT have fewer than 1'))
  ) {
    return ['attribute-required', 'This attribute is required.'];
  }
  if (violation.location === 'content-type' || violation.pointer === '') {
    return ['invalid-payload', 'The payload is invalid.'];
  }
  return ['invalid-attribute', 'An attribute is invalid.'];
}

/**
 * api.video's documented 400 for a request that breaks the spec: problem details whose
 * `problems[]` names each failing attribute, typed by the first one.
 */
export function apivideoInvalidRequest(violations: readonly SpecViolation[]): Response {
  if (violations.some((violation) => violation.location === 'query' && violation.name === 'token' && violation.keyword === 'required')) {
    return problem(401, 'authentication-missing-upload-token', 'The upload token is missing.', { name: 'token' });
  }
  const problems: ProblemItem[] = [];
  for (const violation of violations) {
    const [slug, title] = slugOf(violation);
    const name = violation.name ?? null;
    if (!problems.some((known) => known.name === name)) {
      problems.push({ type: `${apivideoDocs}${slug}`, title, name });
    }
  }
  const [slug, title] = slugOf(violations[0] as SpecViolation);
  return problem(400, slug, title, {
    name: violations[0]?.name ?? null,
    detail: violations.map((violation) => `${violation.location} ${violation.pointer || '/'}: ${violation.message}`).join('; '),
    problems,
  });
}
