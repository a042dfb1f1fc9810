/** The runtime sample's file name (the driver writes the same bytes to disk under it). */
export const sampleName = 'conduit-runtime-sample.mp4';

/** Deterministic sample "video" bytes: an MP4 `ftyp` header, then filler (the same as `conduit demo`). */
export function sampleBytes(size) {
  const bytes = new Uint8Array(size);
  bytes.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]);
  for (let index = 12; index < size; index++) {
    bytes[index] = (index * 31) & 0xff;
  }
  return bytes;
}

/**
 * The upload source a workflow uses: the sample's path where the runtime has a file system
 * (streamed from disk), else a `File` with the same bytes (browsers and Workers).
 *
 * @param {{ samplePath?: string, sampleSize: number, fileSystem: boolean }} config
 */
export function sampleSource(config) {
  return config.fileSystem ? config.samplePath : new File([sampleBytes(config.sampleSize)], sampleName, { type: 'video/mp4' });
}
