/**
 * @module
 * `#platform` for every runtime without the `node` condition (browsers, Workers, the default
 * bundler builds): no file system, and replayable bodies sent through `fetch`. Imports no Node built-in.
 */
import type { FileSystem, ReplayableSender } from './platform-contract.js';
import { sendWithFetch } from './send-with-fetch.js';

/** Which build of `#platform` this is. */
export const platformName: 'node' | 'web' = 'web';

/** There is no file system here: a file path is a `ConfigurationError` (see `requireFileSystem`). */
export const fileSystem: FileSystem | undefined = undefined;

/** Replayable bodies sent through `fetch` as a `Blob`. */
export const sendReplayable: ReplayableSender = sendWithFetch;
