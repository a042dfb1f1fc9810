import type { RateLimitState } from '../rate-limit/rate-limit-state.js';

/** What `.withResponse()` resolves to: the method's data and everything around the answer it came from. */
export interface APIResponse<Data> {
  /** What the method itself resolves to. */
  data: Data;
  /** The HTTP response of the (last) request; its body has been read. */
  response: Response;
  /** The provider's request id for support tickets, when the answer carries one. */
  requestId: string | undefined;
  /** The rate-limit state the answer reported, when it reported one. */
  rateLimit: RateLimitState | undefined;
}

/**
 * The promise every client method returns (Stainless's `APIPromise`): await it for the data, or call
 * `.withResponse()` for `{ data, response, requestId, rateLimit }`. The request is sent once either way.
 */
export class APIPromise<Data, Full extends APIResponse<Data> = APIResponse<Data>> implements Promise<Data> {
  /** `[object APIPromise]` in `Object.prototype.toString`. */
  readonly [Symbol.toStringTag] = 'APIPromise';
  readonly #full: Promise<Full>;
  #data: Promise<Data> | undefined;

  constructor(full: Promise<Full>) {
    this.#full = full;
  }

  /** Starts a method from a function that does its work and returns the full answer; a throw becomes a rejection. */
  static from<Full extends APIResponse<unknown>>(run: () => Promise<Full>): APIPromise<Full['data'], Full> {
    let full: Promise<Full>;
    try {
      full = run();
    } catch (error) {
      full = Promise.reject(error);
    }
    return new APIPromise<Full['data'], Full>(full);
  }

  /** The same call, resolving to the data together with the response, request id and rate-limit state. */
  withResponse(): Promise<Full> {
    return this.#full;
  }

  #dataPromise(): Promise<Data> {
    this.#data ??= this.#full.then((full) => full.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: this is a promise.
  then<Result1 = Data, Result2 = never>(
    onfulfilled?: ((value: Data) => Result1 | PromiseLike<Result1>) | null,
    // biome-ignore lint/suspicious/noExplicitAny: the signature of Promise.prototype.then.
    onrejected?: ((reason: any) => Result2 | PromiseLike<Result2>) | null,
  ): Promise<Result1 | Result2> {
    return this.#dataPromise().then(onfulfilled, onrejected);
  }

  // biome-ignore lint/suspicious/noExplicitAny: the signature of Promise.prototype.catch.
  catch<Result = never>(onrejected?: ((reason: any) => Result | PromiseLike<Result>) | null): Promise<Data | Result> {
    return this.#dataPromise().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Data> {
    return this.#dataPromise().finally(onfinally);
  }
}
