import fs, { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileSystem } from './platform-contract.js';

/** `FileSystem` over `node:fs`, which Node, Bun and Deno implement. */
export const nodeFileSystem: FileSystem = {
  async stat(path) {
    const info = await stat(path);
    return { size: info.size, isFile: info.isFile() };
  },
  baseName: (path) => basename(path),
  async open(path) {
    const handle = await open(path, 'r');
    const { size } = await handle.stat();
    return {
      size,
      read: async (buffer, offset, length, position) => (await handle.read(buffer, offset, length, position)).bytesRead,
      close: () => handle.close(),
    };
  },
  async *readRange(path, start, end, pieceSize) {
    if (end <= start) {
      return;
    }
    for await (const piece of createReadStream(path, { start, end: end - 1, highWaterMark: pieceSize })) {
      yield piece as Buffer;
    }
  },
  readFile: async (path) => new Uint8Array(await readFile(path)),
  async openAsBlob(path, type) {
    // `fs.openAsBlob` reads lazily as the body is sent; a runtime without it gets the bytes in memory.
    if (typeof fs.openAsBlob === 'function') {
      return fs.openAsBlob(path, { type });
    }
    return new Blob([await readFile(path)], { type });
  },
};
