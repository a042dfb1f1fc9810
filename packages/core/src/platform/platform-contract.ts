import type { ReplayableBody } from '../uploads/replayable-body.js';

/** A file opened for random-access reads (Node, Bun, Deno). */
export interface OpenedFile {
  /** Size in bytes when it was opened. */
  readonly size: number;
  /** Reads up to `length` bytes at `position` into `buffer` from `offset`; resolves with how many were read (0 at the end). */
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  /** Releases the file. */
  close(): Promise<void>;
}

/**
 * What core needs of a file system. Only the Node-conditioned build (`#platform` under the `node`
 * condition, which Node, Bun and Deno all apply) has one; browsers and Workers have none.
 * Failures are the runtime's own errors: core turns them into `ConfigurationError`s.
 */
export interface FileSystem {
  /** Size of the entry at `path` and whether it is a regular file. */
  stat(path: string): Promise<{ size: number; isFile: boolean }>;
  /** The last segment of `path` (its file name). */
  baseName(path: string): string;
  /** Opens `path` for reading. */
  open(path: string): Promise<OpenedFile>;
  /** Streams bytes `start` (inclusive) to `end` (exclusive) of `path` in pieces of at most `pieceSize` bytes. */
  readRange(path: string, start: number, end: number, pieceSize: number): AsyncIterable<Uint8Array>;
  /** The whole file in memory (for small files only). */
  readFile(path: string): Promise<Uint8Array>;
  /** A `Blob` backed by the file on disk, read lazily as it is sent. */
  openAsBlob(path: string, type: string): Promise<Blob>;
}

/** Options of a replayable-body sender. */
export interface SendReplayableOptions {
  /** Bytes of the answer body to keep; the rest is read and dropped (default: all). */
  maxAnswerBytes?: number | undefined;
}

/** Sends a request whose body is a `ReplayableBody`; resolves with the answer whatever its status, like fetch. */
export type ReplayableSender = (request: Request, body: ReplayableBody, options?: SendReplayableOptions) => Promise<Response>;

/** The shape both `#platform` builds export (checked by the compiler in `test/platform`). */
export interface PlatformModule {
  /** `node` for the build with `node:` modules (Node, Bun, Deno), `web` for every other runtime. */
  readonly platformName: 'node' | 'web';
  /** The file system, or `undefined` where there is none. */
  readonly fileSystem: FileSystem | undefined;
  /** The default sender of replayable bodies. */
  readonly sendReplayable: ReplayableSender;
}
