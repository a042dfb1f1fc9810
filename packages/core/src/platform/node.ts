/**
 * @module
 * `#platform` under the `node` condition (Node, Bun and Deno all apply it): the file system and the
 * streaming `node:http(s)` sender. Nothing else in core imports a Node built-in.
 */

import { nodeFileSystem } from './node-file-system.js';
import type { FileSystem, ReplayableSender } from './platform-contract.js';
import { sendNodeRequest } from './send-node-request.js';

/** Which build of `#platform` this is. */
export const platformName: 'node' | 'web' = 'node';

/** Files through `node:fs`. */
export const fileSystem: FileSystem | undefined = nodeFileSystem;

/** Replayable bodies streamed through `node:http(s)` with a known `Content-Length`. */
export const sendReplayable: ReplayableSender = sendNodeRequest;
