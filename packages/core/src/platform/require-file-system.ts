/// <reference path="./platform-module.d.ts" />
import { fileSystem } from '#platform';
import { ConfigurationError } from '../errors/configuration-error.js';
import type { FileSystem } from './platform-contract.js';

/**
 * The file system for reading the file at `path`. Where there is none (browsers, Workers, any
 * build without the `node` condition) a path is a `ConfigurationError` saying what to pass instead.
 */
export function requireFileSystem(path: string): FileSystem {
  if (fileSystem === undefined) {
    throw new ConfigurationError(
      `"${path}" is a file path, and file paths can only be read on Node, Bun or Deno. Here (a browser or a Worker), pass a Blob or File, a ReadableStream of bytes, a Uint8Array or an ArrayBuffer instead.`,
    );
  }
  return fileSystem;
}
