import type { ClientOptions, RequestOptions } from '@conduit/core';

/** Per-call options the suite hands to a provider's ergonomic call (its `RequestOptions`). */
export type ConformanceCallOptions = Pick<RequestOptions, 'signal'>;

/**
 * The client options the conformance suite passes to a client factory: the key (`undefined` to test
 * the missing-key error), the recording fetch, the fake clock's `now` and `sleep`, and a `debug`
 * sink whose lines are checked for leaked keys.
 */
export type ConformanceClientOptions = Pick<
  ClientOptions,
  'apiKey' | 'baseUrl' | 'fetch' | 'maxRetries' | 'timeout' | 'deadline' | 'now'
> & {
  /** Sleep between attempts, in milliseconds (the suite's fake clock). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Receives the client's debug lines (checked for leaked keys). */
  debug?: (line: string) => void;
};

/** A documented error body and what it must become. */
export interface ErrorCase {
  /** Test title suffix. */
  name: string;
  /** HTTP status to answer with. */
  status: number;
  /** The documented error body to answer with. */
  body: unknown;
  /** Response headers to answer with. */
  headers?: Record<string, string>;
  /** Expected class name, e.g. `QuotaExceededError`. */
  errorClass: string;
  /** Expected `error.code`, when the body carries one. */
  code?: string;
}

/** A 429 with one of the provider's documented hints and the wait it must cause. */
export interface RateLimitHintCase {
  /** Test title suffix. */
  name: string;
  /** Response headers carrying the hint. */
  headers?: Record<string, string>;
  /** Response body carrying the hint. */
  body?: unknown;
  /** The exact delay in milliseconds the client must sleep before retrying. */
  expectedDelayMs: number;
}

/** A named gap in a provider's conformance (hono-style skip list): each test title must exist. */
export interface ConformanceSkip {
  /** Why these tests do not apply to the provider. */
  reason: string;
  /** Exact titles of the skipped tests. */
  tests: string[];
}

/** What the job shows at one status read of a polling case. */
export type ConformanceJobState = 'running' | 'done' | 'failed';

/** Waiting for a job through the provider's own helper (`jobs.wait`, `waitUntilDone`, ...). */
export interface PollCase<Client> {
  /** Starts the wait (any setup calls it makes are answered by `respond` too). */
  call: (client: Client) => Promise<unknown>;
  /** Answers every request of the flow; `state` is what the job shows at this point. */
  respond: (request: Request, state: ConformanceJobState) => Response | Promise<Response>;
  /** True for the requests that read the job's status (the polls). */
  isStatusRead: (request: Request) => boolean;
  /** True when the resolved value is the finished job. */
  isDone: (value: unknown) => boolean;
  /** How a failed job surfaces: a rejection of this class, or a resolved value `isFailed` accepts. */
  failure:
    | {
        /** Class name of the expected rejection, e.g. `ViddyScribeJobFailedError`. */
        errorClass: string;
      }
    | {
        /** True when the resolved value is the failed job. */
        isFailed: (value: unknown) => boolean;
      };
}

/** Reading every item of a paginated list through the provider's iterator. */
export interface PaginateCase<Client> {
  /** Collects every item (e.g. `for await (const item of client.videos.list())`). */
  collect: (client: Client) => Promise<unknown[]>;
  /**
   * Answers one list request with the page it asks for (read the page or cursor from the URL),
   * out of `pageCount` pages of `pageSize` distinct items.
   */
  page: (request: Request, pageCount: number, pageSize: number) => Response;
  /** Items on a full page. */
  pageSize: number;
  /** A stable identity for an item (its id). */
  idOf: (item: unknown) => string;
}

/** A fake server for one upload: answers the flow and keeps the bytes it was sent. */
export interface UploadServer {
  /** Answers every request of the upload flow. */
  respond: (request: Request) => Response | Promise<Response>;
  /** Every byte the server stored, in file order. */
  received: () => Uint8Array;
}

/** Uploading bytes through the provider's main upload helper. */
export interface UploadCase<Client> {
  /** Size of the file the suite uploads (large enough for at least two chunks where chunked). */
  size: number;
  /** Uploads `bytes` through the client's upload helper. */
  call: (client: Client, bytes: Uint8Array<ArrayBuffer>) => Promise<unknown>;
  /** A fresh server per test. */
  createServer: () => UploadServer;
}

/** Everything the suite needs to drive one provider's client. */
export interface ProviderConformance<Client> {
  /** Provider display name (test titles). */
  name: string;
  /** Environment variable the client reads its key from (cleared around each test). */
  environmentVariable: string;
  /** A key in the provider's documented format. */
  validKey: string;
  /** Base URL the client is created with. */
  baseUrl: string;
  /** Creates a client from the suite's options. */
  createClient: (options: ConformanceClientOptions) => Client;
  /** Header that must carry the key and its exact expected value. */
  authHeader: {
    /** Header name, e.g. `authorization`. */
    name: string;
    /** The expected header value for a key (contains the secret). */
    value: (key: string) => string;
  };
  /** A representative read (GET) through an ergonomic method, and a JSON body it succeeds with. */
  read: {
    /** Makes the read through an ergonomic method. */
    call: (client: Client, options?: ConformanceCallOptions) => Promise<unknown>;
    /** A successful answer to it. */
    success: () => Response;
  };
  /** A representative create (POST) that starts work on the server. */
  create: {
    /** Makes the create through an ergonomic method (not marked idempotent: never retried after a 5xx). */
    call: (client: Client) => Promise<unknown>;
    /** The same create marked safe to repeat (e.g. with an idempotency key), when the client supports it. */
    callIdempotent?: (client: Client) => Promise<unknown>;
    /** A successful answer to it. */
    success: () => Response;
  };
  /** The provider's documented error bodies. */
  errors: ErrorCase[];
  /** The provider's documented rate-limit hints. */
  rateLimitHints: RateLimitHintCase[];
  /** Absent when the API has no jobs to wait for (declare the gap in `skip`). */
  poll?: PollCase<Client>;
  /** Absent when the API has no paginated list. */
  paginate?: PaginateCase<Client>;
  /** Absent when the API takes no uploads. */
  upload?: UploadCase<Client>;
  /** Declared gaps in this provider's conformance. */
  skip?: ConformanceSkip[];
}
