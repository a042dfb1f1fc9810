import { createHash } from 'node:crypto';

/** The WebSocket handshake answer for a `Sec-WebSocket-Key` (RFC 6455 section 4.2.2). */
export function acceptKey(key: string): string {
  return createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
}

/** One decoded frame. */
export interface Frame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
}

/** Encodes one frame; client frames must be masked (RFC 6455 section 5.3), server frames must not. */
export function encodeFrame(opcode: number, payload: Buffer, mask: boolean): Buffer {
  const length = payload.length;
  const header: number[] = [0x80 | opcode];
  const maskBit = mask ? 0x80 : 0;
  if (length < 126) {
    header.push(maskBit | length);
  } else if (length < 65_536) {
    header.push(maskBit | 126, length >> 8, length & 0xff);
  } else {
    header.push(maskBit | 127, 0, 0, 0, 0, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
  }
  if (!mask) {
    return Buffer.concat([Buffer.from(header), payload]);
  }
  const key = Buffer.from([0x12, 0x34, 0x56, 0x78].map((byte) => (byte + length) & 0xff));
  const masked = Buffer.from(payload.map((byte, index) => byte ^ (key[index % 4] ?? 0)));
  return Buffer.concat([Buffer.from(header), key, masked]);
}

/** A close frame with a status code and reason. */
export function closeFrame(code: number, reason: string, mask: boolean): Buffer {
  const body = Buffer.alloc(2 + Buffer.byteLength(reason));
  body.writeUInt16BE(code, 0);
  body.write(reason, 2);
  return encodeFrame(0x8, body, mask);
}

/** Accumulates bytes and yields whole frames (unmasking client frames), joining fragmented messages. */
export class FrameReader {
  #buffer = Buffer.alloc(0);
  #fragments: Buffer[] = [];
  #fragmentOpcode = 0;

  push(chunk: Buffer): Frame[] {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    const frames: Frame[] = [];
    for (;;) {
      const frame = this.#next();
      if (!frame) {
        return frames;
      }
      if (frame.opcode === 0 || !frame.fin) {
        if (frame.opcode !== 0) {
          this.#fragmentOpcode = frame.opcode;
        }
        this.#fragments.push(frame.payload);
        if (frame.fin) {
          frames.push({ fin: true, opcode: this.#fragmentOpcode, payload: Buffer.concat(this.#fragments) });
          this.#fragments = [];
        }
        continue;
      }
      frames.push(frame);
    }
  }

  #next(): Frame | undefined {
    const buffer = this.#buffer;
    if (buffer.length < 2) {
      return undefined;
    }
    const first = buffer[0] ?? 0;
    const second = buffer[1] ?? 0;
    let length = second & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (buffer.length < 4) {
        return undefined;
      }
      length = buffer.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (buffer.length < 10) {
        return undefined;
      }
      length = Number(buffer.readBigUInt64BE(2));
      offset = 10;
    }
    const masked = (second & 0x80) !== 0;
    const total = offset + (masked ? 4 : 0) + length;
    if (buffer.length < total) {
      return undefined;
    }
    const key = masked ? buffer.subarray(offset, offset + 4) : undefined;
    const start = offset + (masked ? 4 : 0);
    const payload = Buffer.from(buffer.subarray(start, total));
    if (key) {
      for (let index = 0; index < payload.length; index++) {
        payload[index] = (payload[index] ?? 0) ^ (key[index % 4] ?? 0);
      }
    }
    this.#buffer = buffer.subarray(total);
    return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload };
  }
}
