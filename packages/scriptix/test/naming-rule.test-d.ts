// The naming rule (docs/contributing.md) at the type level: every key of the data Scriptix methods
// resolve to is a property name declared in openapi/scriptix.yaml (the generated `ScriptixFieldName`).
import type { ScriptixFieldName } from '@conduit/specs/scriptix';
import type { FieldNames } from '@conduit/testing';
import { expectTypeOf } from 'vitest';
import type { ScriptixClient } from '../src/index.js';

type Declared = ScriptixFieldName;
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

// Left out: `realtime.connect` resolves to a live WebSocket session (methods, not API data).
type Checked = Omit<ScriptixClient, 'api' | 'transport' | 'use' | 'realtime'> & {
  realtime: Omit<ScriptixClient['realtime'], 'connect'>;
};
type TusMethods = 'createTusUpload' | 'getTusOffset' | 'uploadTusChunk' | 'tusUpload';
type WithoutTus = Omit<Checked, 'uploads'> & { uploads: Omit<Checked['uploads'], TusMethods> };
type Tus = Pick<Checked['uploads'], TusMethods>;

// TUS answers carry their data in headers (`Location`, `Upload-Offset`, `Upload-Length`), which no schema
// declares; what the SDK derives from them is named in Scriptix's snake_case (`upload_url` is a spec name).
type FromTusHeaders = 'file_id' | 'offset' | 'length' | 'size';

expectTypeOf<Exclude<FieldNames<Returned<WithoutTus>>, Declared>>().toEqualTypeOf<never>();
expectTypeOf<Exclude<FieldNames<Returned<Checked>>, Declared | FromTusHeaders>>().toEqualTypeOf<never>();
expectTypeOf<FieldNames<Returned<Tus>>>().toEqualTypeOf<'upload_url' | FromTusHeaders>();
expectTypeOf<'session_id' | 'results' | 'total_results' | 'content_type'>().toExtend<FieldNames<Returned<Checked>>>();
