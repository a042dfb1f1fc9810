import { createHash } from 'node:crypto';

/** Deterministic fake audio: `size` bytes of PCM-looking data (never starts with "FAIL"). */
export function fakeAudio(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) {
    bytes[index] = (index * 31 + 7) % 251;
  }
  return bytes;
}

/** A web ReadableStream over `bytes`, delivered in pieces of `piece` bytes. */
export function streamOf(bytes: Uint8Array, piece: number): ReadableStream<Uint8Array> {
  let position = 0;
  return new ReadableStream({
    pull(controller) {
      if (position >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(position, position + piece));
      position += piece;
    },
  });
}

/** A short fingerprint of bytes (length and SHA-256), cheap to compare where a deep equal of a large array is slow. */
export function digest(bytes: Uint8Array | undefined): string {
  return bytes === undefined ? 'undefined' : `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;
}
