import type { ApiVideoFieldName } from '@conduit/specs/apivideo';
import type { FieldNames } from '@conduit/testing';
import { describe, expectTypeOf, it } from 'vitest';
import type { APIPromise, ApiVideoClient, PagePromise, uploadWithToken } from '../src/index.js';

/** What a method resolves to: a list's page, or an APIPromise's data. */
type DataOf<Method> = Method extends (...args: never[]) => infer Result
  ? Result extends PagePromise<infer Page, unknown>
    ? Page
    : Result extends APIPromise<infer Data>
      ? Data
      : never
  : never;

type Namespaces = Exclude<keyof ApiVideoClient, 'api' | 'transport' | 'environment' | 'baseUrl' | 'use'>;
type ReturnedData =
  | { [N in Namespaces]: { [M in keyof ApiVideoClient[N]]: DataOf<ApiVideoClient[N][M]> }[keyof ApiVideoClient[N]] }[Namespaces]
  | DataOf<typeof uploadWithToken>;

describe('naming rule (docs/contributing.md)', () => {
  it('every key a method returns is a property name the spec declares', () => {
    expectTypeOf<Exclude<FieldNames<ReturnedData>, ApiVideoFieldName>>().toEqualTypeOf<never>();
    // The check is not vacuous.
    expectTypeOf<'videoId' | 'pagesTotal' | 'playable'>().toExtend<FieldNames<ReturnedData>>();
  });
});
