import { apiVideoDocument } from '@conduit/specs/apivideo/document';
import { describe, expect, it } from 'vitest';
import { SpecSchemas } from '../../src/kernel/spec-schemas.js';

describe('SpecSchemas', () => {
  it('compiles a schema of the document by pointer and reports the JSON pointer of a violation', () => {
    const schemas = new SpecSchemas(apiVideoDocument);
    const validate = schemas.at('#/components/schemas/Video');
    expect(validate({ videoId: 'vi1', title: 3 })).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain('/title');
    expect(schemas.at('#/components/schemas/Video')).toBe(validate);
  });
});
