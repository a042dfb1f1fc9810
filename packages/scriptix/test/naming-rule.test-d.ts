// The naming rule (docs/contributing.md) at the type level: every key of the data Scriptix methods
// resolve to is a property name declared in openapi/scriptix.yaml's components.schemas.
import type { components } from '@conduit/specs/scriptix';
import { expectTypeOf } from 'vitest';
import type { ScriptixClient } from '../src/index.js';

type Leaf = string | number | boolean | bigint | symbol | null | undefined | Uint8Array | ArrayBuffer | Blob;
/** Property names of `T` without index signatures (`[key: string]: unknown` names nothing). */
type Known<T> = keyof { [K in keyof T & string as string extends K ? never : K]: 0 };
type DeepKeys<T, Depth extends unknown[] = []> = Depth['length'] extends 6
  ? never
  : T extends Leaf
    ? never
    : T extends readonly (infer Item)[]
      ? DeepKeys<Item, [...Depth, 1]>
      : T extends object
        ? { [K in Known<T>]: K | DeepKeys<T[K & keyof T], [...Depth, 1]> }[Known<T>]
        : never;
type Schemas = components['schemas'];
type Declared = DeepKeys<Schemas[keyof Schemas]>;
type Resolved<F> = F extends (...args: never[]) => PromiseLike<infer Data> ? Data : never;
type Returned<T, Depth extends unknown[] = []> = Depth['length'] extends 3
  ? never
  : {
      [K in keyof T]: T[K] extends (...args: never[]) => unknown
        ? Resolved<T[K]>
        : T[K] extends object
          ? Returned<T[K], [...Depth, 1]>
          : never;
    }[keyof T];

// Left out: `realtime.connect` resolves to a live WebSocket session (methods, not API data), and the TUS
// calls (`createTusUpload`, `getTusOffset`, `uploadTusChunk`, `tusUpload`) move to tus-js-client on the
// w3-tusws branch, which owns their result shapes.
type Checked = Omit<ScriptixClient, 'api' | 'transport' | 'use' | 'realtime' | 'uploads'> & {
  realtime: Omit<ScriptixClient['realtime'], 'connect'>;
  uploads: Pick<ScriptixClient['uploads'], 'getFile' | 'transcribeFile'>;
};

expectTypeOf<Exclude<DeepKeys<Returned<Checked>>, Declared>>().toEqualTypeOf<never>();
expectTypeOf<'session_id' | 'results' | 'total_results' | 'content_type'>().toExtend<DeepKeys<Returned<Checked>>>();
