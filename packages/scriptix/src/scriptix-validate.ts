import { ConfigurationError } from '@conduit/core';
import * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue): string {
  const where = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the value';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}${issue.path.length > 0 ? ` in ${where}` : ''}`;
    case 'invalid_type':
      return `${where} must be ${issue.expected === 'nonoptional' ? 'given' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return `${where} must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}`;
    case 'too_big':
      return `${where} must be at most ${String(issue.maximum)}`;
    default:
      return `${where} ${issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid'}`;
  }
}

/** Parses `value` with `schema` or throws a `ConfigurationError` saying what to fix, before any request is sent. */
export function validateInput<T>(schema: z.ZodMiniType<T>, value: unknown, label: string): T {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) {
    return parsed.data;
  }
  const issues = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
  throw new ConfigurationError(`Scriptix ${label}: ${issues}.`, { cause: parsed.error });
}

/** A language code as the docs show them: `en`, `nl`, `en-US`, `nl-nl`. */
export const languageSchema = z
  .string()
  .check(
    z.refine((value) => /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(value), 'must be a language code such as "en", "nl" or "en-US"'),
  );

function isPublicHttpsUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  const ipLiteral = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  const local = host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.localdomain') || !host.includes('.');
  return url.protocol === 'https:' && !ipLiteral && !local;
}

/** A webhook URL under Scriptix's rules: HTTPS, publicly resolvable, not localhost/`.localdomain`, not an IP literal. */
export const webhookUrlSchema = z
  .string()
  .check(z.refine(isPublicHttpsUrl, 'must be a public https:// URL (not localhost, .localdomain or an IP address)'));

/** An absolute http(s) URL. */
export const httpUrlSchema = z.string().check(
  z.refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL'),
);

/** Caller-defined webhook headers as `Name: value` strings. */
export const webhookHeadersSchema = z.array(
  z.string().check(z.refine((value) => /^[^:\s]+:.*$/.test(value), 'must look like "Name: value"')),
);

/** Checks an id argument (a path parameter) and returns it as a string. */
export function checkId(value: unknown, name: string): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return String(value);
  }
  if (typeof value === 'string' && /^[^/?#\s]+$/.test(value)) {
    return value;
  }
  throw new ConfigurationError(
    `Scriptix: \`${name}\` must be a non-empty id (a string without "/", "?", "#" or spaces, or a non-negative integer), got ${JSON.stringify(value) ?? typeof value}.`,
  );
}

/**
 * What `z.url({ protocol: /^https?$/ })` accepted, without its schema kind (only this check used it):
 * a string that parses as an `http:` or `https:` URL once trimmed, returned trimmed and without
 * tabs or line breaks (which the URL parser drops too).
 */
export function checkHttpUrl(value: unknown, label: string): string {
  const trimmed = validateInput(z.string(), value, label).trim();
  let protocol = '';
  try {
    protocol = new URL(trimmed).protocol;
  } catch {
    // Not a URL: reported below like any other.
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new ConfigurationError(`Scriptix ${label}: the value is not valid.`);
  }
  return trimmed.replace(/[\t\n\r]/g, '');
}
