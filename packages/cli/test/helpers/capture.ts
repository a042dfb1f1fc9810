import { PassThrough } from 'node:stream';

/** A writable stream that keeps what was written; `isTTY` makes it pose as a terminal. */
export function capture(options: { isTTY?: boolean } = {}): { stream: NodeJS.WriteStream; text(): string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (piece: Buffer) => {
    text += piece.toString('utf8');
  });
  if (options.isTTY) {
    Object.assign(stream, { isTTY: true });
  }
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}
