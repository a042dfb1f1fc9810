import type { components } from '@conduit/specs/apivideo';
import { describe, expectTypeOf, it } from 'vitest';
import type { APIPromise, ApiVideoClient, PagePromise, uploadWithToken } from '../src/index.js';

/** Every declared property name of `T`, at every depth (arrays and index signatures looked through), up to a few levels. */
type DeepKeys<T, Depth extends unknown[] = []> = Depth['length'] extends 6
  ? never
  : T extends readonly (infer Item)[]
    ? DeepKeys<Item, [...Depth, unknown]>
    : T extends object
      ? { [K in keyof T & string]-?: (string extends K ? never : K) | DeepKeys<NonNullable<T[K]>, [...Depth, unknown]> }[keyof T & string]
      : never;

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
type SpecKeys = DeepKeys<components['schemas'][keyof components['schemas']]>;

describe('naming rule (docs/contributing.md)', () => {
  it('every key a method returns is a property name the spec declares', () => {
    expectTypeOf<Exclude<DeepKeys<ReturnedData>, SpecKeys>>().toEqualTypeOf<never>();
    // The check is not vacuous.
    expectTypeOf<'videoId' | 'pagesTotal' | 'playable'>().toExtend<DeepKeys<ReturnedData>>();
  });
});
