import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a deterministic sample "video" of `bytes` bytes (an MP4 `ftyp` header, then filler) and returns its path and a cleanup. */
export async function createSampleMedia(bytes: number): Promise<{ path: string; cleanup(): Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'conduit-demo-'));
  const path = join(directory, 'conduit-demo.mp4');
  const data = Buffer.alloc(bytes);
  Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]).copy(data);
  for (let index = 12; index < bytes; index++) {
    data[index] = (index * 31) & 0xff;
  }
  await writeFile(path, data);
  return { path, cleanup: () => rm(directory, { recursive: true, force: true }) };
}
