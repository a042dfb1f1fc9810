// biome-ignore lint/suspicious/noExplicitAny: any function, whatever its parameters.
type AnyFunction = (...args: any[]) => unknown;
type Opaque =
  | string
  | number
  | boolean
  | bigint
  | symbol
  | null
  | undefined
  | Date
  | Blob
  | Response
  | Uint8Array
  | ArrayBuffer
  | AnyFunction;
type ValuesOf<T> = T[keyof T];
type FieldNamesOf<T, Depth extends unknown[]> = Depth['length'] extends 8
  ? never
  : T extends readonly (infer Item)[]
    ? FieldNames<Item, Depth>
    : T extends Opaque
      ? never
      : T extends object
        ? // The remapping drops index signatures but keeps the declared keys beside them (an open object's fields).
          ValuesOf<{ [K in keyof T & string as string extends K ? never : K]-?: K | FieldNames<T[K], [...Depth, unknown]> }>
        : never;

/**
 * Every field name in a type, at any depth (arrays and unions looked through), index signatures and
 * opaque values left out: the checks of the naming rule compare it with a spec's `<Provider>FieldName`.
 *
 * @example
 * ```ts
 * import type { FieldNames } from '@conduit/testing';
 *
 * type Names = FieldNames<{ job_id: string; output?: { segments: { start: number }[] } }>;
 * // 'job_id' | 'output' | 'segments' | 'start'
 * ```
 */
export type FieldNames<T, Depth extends unknown[] = []> = T extends unknown ? FieldNamesOf<T, Depth> : never;
