import { gzipSync } from 'node:zlib';

/** Bytes of `code` (already minified by its bundler) after gzip at level 9. */
export function minGzipSize(code: string): number {
  return gzipSync(code, { level: 9 }).byteLength;
}
