import type { components } from '@conduit/specs/apivideo';
import type { ApiVideoMockState, ApiVideoMockVideo } from './apivideo-state.js';

type VideoStatus = components['schemas']['VideoStatus'];
type Quality = components['schemas']['Quality'];

/**
 * The ingest and encoding status of a video: received ranges while uploading; once complete,
 * `encodingPolls` reads of `playable: false` (qualities encoding), then playable and encoded.
 */
export function videoStatus(state: ApiVideoMockState, entry: ApiVideoMockVideo): VideoStatus {
  const upload = entry.upload;
  if (!upload.complete) {
    return {
      ingest: {
        status: upload.ranges.length > 0 ? 'uploading' : undefined,
        filesize: null,
        receivedBytes: upload.ranges.map((range) => ({ from: range.from, to: range.to, total: upload.total ?? 0 })),
      },
      encoding: { playable: false, qualities: [] },
    };
  }
  entry.statusPolls++;
  const encoded = entry.statusPolls > state.options.encodingPolls;
  const qualities: Quality[] = (['360p', '720p'] as const).flatMap((quality) => [
    { type: 'hls' as const, quality, status: encoded ? ('encoded' as const) : ('encoding' as const) },
  ]);
  return {
    ingest: {
      status:
        upload.style === 'whole' && entry.video.source?.type !== undefined && entry.video.source.type !== 'upload'
          ? 'ingested'
          : 'uploaded',
      filesize: upload.total ?? null,
      receivedBytes: upload.ranges.map((range) => ({ from: range.from, to: range.to, total: upload.total ?? 0 })),
    },
    encoding: {
      playable: encoded,
      qualities,
      metadata: encoded
        ? {
            width: 1280,
            height: 720,
            bitrate: 2500,
            duration: 30,
            framerate: 25,
            samplerate: 48000,
            videoCodec: 'h264',
            audioCodec: 'aac',
            aspectRatio: '16/9',
          }
        : {},
    },
  };
}
