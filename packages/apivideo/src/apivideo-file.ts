import { ConfigurationError, readFileBytes } from '@conduit/core';
import { checkObject } from './apivideo-checks.js';

/** A small file to send whole: a path (Node), a `Blob`/`File`, or bytes. */
export type ApiVideoFileInput = string | Blob | Uint8Array | ArrayBuffer;

/** Options for a small file upload. */
export interface ApiVideoFileOptions {
  /** File name sent in the multipart part (default: the path's or File's name). */
  fileName?: string | undefined;
}

/** The kinds of file the small-upload endpoints take. */
export type ApiVideoFileKind = 'image/jpeg' | 'image/png' | 'image/webp' | 'text/vtt';

const extensions: Record<ApiVideoFileKind, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'text/vtt': 'vtt',
};

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, index) => bytes[at + index] === byte);
}

/** Recognises JPEG, PNG and WebP by their magic bytes, and WebVTT by its `WEBVTT` header. */
export function detectFileKind(head: Uint8Array): ApiVideoFileKind | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) {
    return 'image/jpeg';
  }
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'image/png';
  }
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  const text = new TextDecoder().decode(head.subarray(0, 16)).replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:$|[\s])/.test(text)) {
    return 'text/vtt';
  }
  return undefined;
}

async function readBytes(input: ApiVideoFileInput): Promise<{ bytes: Uint8Array; name: string | undefined }> {
  if (typeof input === 'string') {
    // Node, Bun, Deno; in browsers and Workers a path is a ConfigurationError saying what to pass instead.
    return readFileBytes(input);
  }
  if (input instanceof Uint8Array) {
    return { bytes: input, name: undefined };
  }
  if (input instanceof ArrayBuffer) {
    return { bytes: new Uint8Array(input), name: undefined };
  }
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    const name = typeof (input as { name?: unknown }).name === 'string' ? (input as File).name : undefined;
    return { bytes: new Uint8Array(await input.arrayBuffer()), name };
  }
  throw new ConfigurationError('A file must be a path, a Blob/File, a Uint8Array or an ArrayBuffer.');
}

/**
 * Reads a small file, checks by its content that it is one of the `accepted` kinds and at most
 * `maxBytes`, and returns it as a named, typed `Blob` ready for a multipart `file` field.
 * Everything wrong is a `ConfigurationError` before any request.
 */
export async function readFilePart(
  input: ApiVideoFileInput,
  accepted: readonly ApiVideoFileKind[],
  options: ApiVideoFileOptions & { label: string; maxBytes?: number },
): Promise<{ blob: Blob; name: string }> {
  const { bytes, name } = await readBytes(input);
  if (bytes.byteLength === 0) {
    throw new ConfigurationError(`${options.label}: the file is empty.`);
  }
  if (options.maxBytes !== undefined && bytes.byteLength > options.maxBytes) {
    throw new ConfigurationError(
      `${options.label}: the file is ${bytes.byteLength} bytes; the API accepts at most ${options.maxBytes} bytes (${options.maxBytes / 1_048_576} MiB).`,
    );
  }
  const kind = detectFileKind(bytes.subarray(0, 16));
  if (kind === undefined || !accepted.includes(kind)) {
    const wanted = accepted.map((type) => extensions[type].toUpperCase()).join(', ');
    throw new ConfigurationError(`${options.label}: expected a ${wanted} file, got ${kind ?? 'content of an unknown type'}.`);
  }
  const fileName = options.fileName ?? name ?? `file.${extensions[kind]}`;
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: kind }), name: fileName };
}

/** A multipart body with a `file` part (and optional text fields). */
export function fileForm(part: { blob: Blob; name: string }, fields: Record<string, string | undefined> = {}): FormData {
  const form = new FormData();
  form.append('file', part.blob, part.name);
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) {
      form.append(name, value);
    }
  }
  return form;
}

/**
 * openapi-fetch types multipart bodies by their JSON shape (`{ file: string }`); the body sent
 * is the `FormData`, which it passes through untouched (`undefined` when the transport streams the body itself).
 */
export function multipart<T>(form: FormData | Blob | undefined): NonNullable<T> {
  return form as unknown as NonNullable<T>;
}

/** Checks the file options of a small upload (`fileName` only) before any request. */
export function checkFileOptions(file: ApiVideoFileOptions | undefined, label: string): ApiVideoFileOptions {
  const given = checkObject(file, ['fileName'], label) as ApiVideoFileOptions;
  if (given.fileName !== undefined && (typeof given.fileName !== 'string' || given.fileName.trim() === '')) {
    throw new ConfigurationError(`${label}: fileName must be a non-empty string.`);
  }
  return given;
}
