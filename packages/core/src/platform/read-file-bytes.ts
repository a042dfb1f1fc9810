import { ConfigurationError } from '../errors/configuration-error.js';
import { requireFileSystem } from './require-file-system.js';

/**
 * Reads a small file whole (Node, Bun, Deno), with its file name. An unreadable file is a
 * `ConfigurationError` naming the system error code; in browsers and Workers any path is one.
 */
export async function readFileBytes(path: string): Promise<{
  /** The file's bytes. */
  bytes: Uint8Array;
  /** Its file name (the last path segment). */
  name: string;
}> {
  const files = requireFileSystem(path);
  try {
    return { bytes: await files.readFile(path), name: files.baseName(path) };
  } catch (error) {
    throw new ConfigurationError(`File "${path}" cannot be read: ${(error as { code?: string }).code ?? 'unknown error'}.`, {
      cause: error,
    });
  }
}
