import type { OperationEntry } from '@conduit/core';
import { apiVideoOperations } from '@conduit/specs/apivideo';
import { apiVideoDocument } from '@conduit/specs/apivideo/document';
import { genAIOperations } from '@conduit/specs/genai';
import { genAIDocument } from '@conduit/specs/genai/document';
import { hesedVidOperations } from '@conduit/specs/hesedvid';
import { hesedVidDocument } from '@conduit/specs/hesedvid/document';
import { scriptixOperations } from '@conduit/specs/scriptix';
import { scriptixDocument } from '@conduit/specs/scriptix/document';
import { viddyScribeOperations } from '@conduit/specs/viddyscribe';
import { viddyScribeDocument } from '@conduit/specs/viddyscribe/document';
import { describe, expect, it } from 'vitest';
import { createSpecValidator, mediaType } from '../../src/kernel/create-spec-validator.js';
import { specExample } from '../../src/kernel/spec-example.js';
import { describeViolations } from '../../src/kernel/spec-violation.js';

const specs: Array<[string, Readonly<Record<string, OperationEntry>>, Readonly<Record<string, unknown>>]> = [
  ['apivideo', apiVideoOperations, apiVideoDocument],
  ['genai', genAIOperations, genAIDocument],
  ['hesedvid', hesedVidOperations, hesedVidDocument],
  ['scriptix', scriptixOperations, scriptixDocument],
  ['viddyscribe', viddyScribeOperations, viddyScribeDocument],
];

// The mocks answer every operation without a stateful handler with its example, so each example
// must satisfy the schema of the answer it stands for.
describe.each(specs)('%s spec examples', (_id, table, document) => {
  const validator = createSpecValidator(document);
  it('every success example, body and headers, validates against its own response schema', () => {
    const broken = Object.values(table).flatMap((operation) => {
      const example = specExample(document, operation);
      const headers = new Headers(example.headers);
      return validator.response(operation, example.status, mediaType(example.contentType), example.body, headers);
    });
    expect(describeViolations(broken)).toBe('');
  });

  it('gives most operations an example to answer with', () => {
    const withExample = Object.values(table).filter((operation) => specExample(document, operation).body !== undefined);
    expect(withExample.length / Object.keys(table).length).toBeGreaterThan(0.5);
  });
});

describe('specExample', () => {
  it('returns a copy, so a mock that changes it cannot change the next answer', () => {
    const first = specExample(scriptixDocument, scriptixOperations.getAccount).body as { result: { email: string } };
    first.result.email = 'changed@example.org';
    expect((specExample(scriptixDocument, scriptixOperations.getAccount).body as typeof first).result.email).toBe('dev@example.org');
  });

  it('gives the example value of each response header the spec shows one for', () => {
    const { status, headers } = specExample(scriptixDocument, scriptixOperations.loginWithMicrosoft);
    expect(status).toBe(302);
    expect(headers.Location).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/authorize');
    expect(specExample(genAIDocument, genAIOperations.generate).headers).toMatchObject({ 'X-RateLimit-Limit': expect.any(String) });
  });
});
