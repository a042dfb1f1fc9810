import { requireFileSystem } from './require-file-system.js';

/**
 * A `Blob` of the file at `path` with the given MIME type, read from disk as it is sent where the
 * runtime supports that (`fs.openAsBlob`). Node, Bun and Deno only: in browsers and Workers a path
 * is a `ConfigurationError` saying what to pass instead.
 */
export function openFileAsBlob(path: string, options: { type?: string | undefined } = {}): Promise<Blob> {
  return requireFileSystem(path).openAsBlob(path, options.type ?? '');
}
