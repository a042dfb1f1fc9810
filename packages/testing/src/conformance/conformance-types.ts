/** Per-call options the suite hands to a provider's ergonomic call (its `RequestOptions`). */
export interface ConformanceCallOptions {
  signal?: AbortSignal;
}

/** The options the conformance suite passes to a client factory. */
export interface ConformanceClientOptions {
  apiKey?: string | undefined;
  baseUrl?: string | undefined;
  fetch?: typeof globalThis.fetch;
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds. */
  timeout?: number;
  /** Overall budget per call in milliseconds. */
  deadline?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  debug?: (line: string) => void;
}

/** A documented error body and what it must become. */
export interface ErrorCase {
  name: string;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Expected class name, e.g. `QuotaExceededError`. */
  errorClass: string;
  /** Expected `error.code`, when the body carries one. */
  code?: string;
}

/** A 429 with one of the provider's documented hints and the wait it must cause. */
export interface RateLimitHintCase {
  name: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** The exact delay in milliseconds the client must sleep before retrying. */
  expectedDelayMs: number;
}

/** A named gap in a provider's conformance (hono-style skip list): each test title must exist. */
export interface ConformanceSkip {
  reason: string;
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
  failure: { errorClass: string } | { isFailed: (value: unknown) => boolean };
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
  respond: (request: Request) => Response | Promise<Response>;
  /** Every byte the server stored, in file order. */
  received: () => Uint8Array;
}

/** Uploading bytes through the provider's main upload helper. */
export interface UploadCase<Client> {
  /** Size of the file the suite uploads (large enough for at least two chunks where chunked). */
  size: number;
  call: (client: Client, bytes: Uint8Array<ArrayBuffer>) => Promise<unknown>;
  /** A fresh server per test. */
  createServer: () => UploadServer;
}

/** Everything the suite needs to drive one provider's client. */
export interface ProviderConformance<Client> {
  /** Provider display name (test titles). */
  name: string;
  environmentVariable: string;
  /** A key in the provider's documented format. */
  validKey: string;
  baseUrl: string;
  createClient: (options: ConformanceClientOptions) => Client;
  /** Header that must carry the key and its exact expected value. */
  authHeader: { name: string; value: (key: string) => string };
  /** A representative read (GET) through an ergonomic method, and a JSON body it succeeds with. */
  read: { call: (client: Client, options?: ConformanceCallOptions) => Promise<unknown>; success: () => Response };
  /** A representative create (POST) that starts work on the server. */
  create: {
    call: (client: Client) => Promise<unknown>;
    callIdempotent?: (client: Client) => Promise<unknown>;
    success: () => Response;
  };
  errors: ErrorCase[];
  rateLimitHints: RateLimitHintCase[];
  /** Absent when the API has no jobs to wait for (declare the gap in `skip`). */
  poll?: PollCase<Client>;
  /** Absent when the API has no paginated list. */
  paginate?: PaginateCase<Client>;
  /** Absent when the API takes no uploads. */
  upload?: UploadCase<Client>;
  skip?: ConformanceSkip[];
}
