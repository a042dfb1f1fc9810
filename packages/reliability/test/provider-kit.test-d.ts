// The provider kit, checked by the compiler over every public method of the five clients:
// the same `RequestOptions` as the last argument, an `APIPromise` as the result, and returned data
// named only with field names the provider's spec declares (docs/contributing.md, "Naming of returned data").
import type { ApiVideoClient } from '@conduit/apivideo';
import type { APIPromise, RequestOptions } from '@conduit/core';
import type { GenAIClient } from '@conduit/genai';
import type { HesedVidClient } from '@conduit/hesedvid';
import type { ScriptixClient } from '@conduit/scriptix';
import type { ApiVideoFieldName } from '@conduit/specs/apivideo';
import type { GenAIFieldName } from '@conduit/specs/genai';
import type { HesedVidFieldName } from '@conduit/specs/hesedvid';
import type { ScriptixFieldName } from '@conduit/specs/scriptix';
import type { ViddyScribeFieldName } from '@conduit/specs/viddyscribe';
import type { FieldNames } from '@conduit/testing';
import type { ViddyScribeClient } from '@conduit/viddyscribe';
import type { LocalMethods, SdkFieldNames } from './support/local-methods.js';

// biome-ignore lint/suspicious/noExplicitAny: any function, whatever its parameters.
type AnyFunction = (...args: any[]) => unknown;
type NotMethods = 'api' | 'transport' | 'use';

/** `'media.upload' | 'jobs.get' | …`: the dotted path of every method of a client. */
type MethodPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: K extends NotMethods
    ? never
    : T[K] extends AnyFunction
      ? `${Prefix}${K}`
      : T[K] extends object
        ? MethodPaths<T[K], `${Prefix}${K}.`>
        : never;
}[keyof T & string];

type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

type LastParameter<F> = F extends (...args: infer A) => unknown ? (Required<A> extends [...unknown[], infer Last] ? Last : never) : never;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type DataOf<R> = R extends APIPromise<infer Data> ? Data : never;

/** Compiles only for `never`; otherwise the error lists the offending methods or fields. */
function noneOf<_Offenders extends never>(): void {}

type Remote<Client, Provider extends keyof LocalMethods> = Exclude<MethodPaths<Client>, LocalMethods[Provider]>;

/** Methods whose last parameter is not exactly `RequestOptions | undefined`. */
type WrongOptions<Client, Provider extends keyof LocalMethods> = {
  [P in Remote<Client, Provider>]: Equal<NonNullable<LastParameter<At<Client, P>>>, RequestOptions> extends true ? never : P;
}[Remote<Client, Provider>];

/** Methods that do not return an `APIPromise`. */
type NotAPIPromise<Client, Provider extends keyof LocalMethods> = {
  [P in Remote<Client, Provider>]: At<Client, P> extends (...args: never[]) => APIPromise<unknown> ? never : P;
}[Remote<Client, Provider>];

/** `method: field` for every returned field name the spec does not declare. */
type UnknownFields<Client, Provider extends keyof LocalMethods, Names> = {
  [P in Remote<Client, Provider>]: At<Client, P> extends (...args: never[]) => infer R
    ? `${P}: ${Exclude<FieldNames<DataOf<R>>, Names>}`
    : never;
}[Remote<Client, Provider>];

noneOf<WrongOptions<ViddyScribeClient, 'viddyscribe'>>();
noneOf<WrongOptions<HesedVidClient, 'hesedvid'>>();
noneOf<WrongOptions<ScriptixClient, 'scriptix'>>();
noneOf<WrongOptions<ApiVideoClient, 'apivideo'>>();
noneOf<WrongOptions<GenAIClient, 'genai'>>();

noneOf<NotAPIPromise<ViddyScribeClient, 'viddyscribe'>>();
noneOf<NotAPIPromise<HesedVidClient, 'hesedvid'>>();
noneOf<NotAPIPromise<ScriptixClient, 'scriptix'>>();
noneOf<NotAPIPromise<ApiVideoClient, 'apivideo'>>();
noneOf<NotAPIPromise<GenAIClient, 'genai'>>();

noneOf<UnknownFields<ViddyScribeClient, 'viddyscribe', ViddyScribeFieldName | SdkFieldNames['viddyscribe']>>();
noneOf<UnknownFields<HesedVidClient, 'hesedvid', HesedVidFieldName | SdkFieldNames['hesedvid']>>();
noneOf<UnknownFields<ScriptixClient, 'scriptix', ScriptixFieldName | SdkFieldNames['scriptix']>>();
noneOf<UnknownFields<ApiVideoClient, 'apivideo', ApiVideoFieldName | SdkFieldNames['apivideo']>>();
noneOf<UnknownFields<GenAIClient, 'genai', GenAIFieldName | SdkFieldNames['genai']>>();
