import { ConfigurationError } from '../errors/configuration-error.js';
import { requireFileSystem } from '../platform/require-file-system.js';

/** Anything an upload can read from: a file path (Node, Bun, Deno), a `Blob`/`File`, a web `ReadableStream` or bytes. */
export type UploadSource = string | Blob | ReadableStream<Uint8Array> | Uint8Array | ArrayBuffer;

/** What is known about a source before reading it. */
export interface SourceInfo {
  /** Total bytes, when known up front (unknown for streams). */
  size: number | undefined;
  /** File name, when the source has one. */
  name: string | undefined;
  /** MIME type, when the source declares one. */
  type: string | undefined;
}

/**
 * Reads size, name and type of a source without reading its bytes. A file path works on Node, Bun
 * and Deno; in browsers and Workers it is a `ConfigurationError` saying what to pass instead.
 */
export async function describeSource(source: UploadSource): Promise<SourceInfo> {
  if (typeof source === 'string') {
    const files = requireFileSystem(source);
    try {
      const info = await files.stat(source);
      if (!info.isFile) {
        throw new ConfigurationError(`Upload source "${source}" is not a regular file.`);
      }
      return { size: info.size, name: files.baseName(source), type: undefined };
    } catch (error) {
      if (ConfigurationError.isInstance(error)) {
        throw error;
      }
      throw new ConfigurationError(`Upload source "${source}" cannot be read: ${(error as { code?: string }).code ?? 'unknown error'}.`, {
        cause: error,
      });
    }
  }
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    const name = typeof (source as { name?: unknown }).name === 'string' ? (source as File).name : undefined;
    return { size: source.size, name, type: source.type || undefined };
  }
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    return { size: source.byteLength, name: undefined, type: undefined };
  }
  if (source && typeof (source as ReadableStream).getReader === 'function') {
    return { size: undefined, name: undefined, type: undefined };
  }
  throw new ConfigurationError(
    'Upload source must be a file path, a Blob/File, a ReadableStream of bytes, a Uint8Array or an ArrayBuffer.',
  );
}
