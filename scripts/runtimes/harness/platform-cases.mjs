import { ConfigurationError, describeSource, uploadToSignedUrl } from '@conduit/core';
import { check } from './run-cases.mjs';

/**
 * Which `#platform` build the runtime loaded, seen from outside: with a file system (Node, Bun,
 * Deno) a path is read from disk; without one (workerd) it is a `ConfigurationError` saying what
 * to pass instead, and in-memory sources still work.
 *
 * @param {{ samplePath?: string, sampleSize: number, fileSystem: boolean }} config
 * @returns {import('./run-cases.mjs').HarnessCase[]}
 */
export function platformCases(config) {
  if (config.fileSystem) {
    return [
      {
        name: 'platform: a file path is read from disk (node build of #platform)',
        run: async () => {
          const info = await describeSource(config.samplePath);
          check(info.size === config.sampleSize, `size ${info.size}, expected ${config.sampleSize}`);
          check(info.name === 'conduit-runtime-sample.mp4', `name ${info.name}`);
        },
      },
    ];
  }
  return [
    {
      name: 'platform: a file path is a ConfigurationError that says what to pass instead (web build of #platform)',
      run: async () => {
        let error;
        try {
          await uploadToSignedUrl('https://storage.example/v.mp4?sig=1', '/tmp/video.mp4');
        } catch (caught) {
          error = caught;
        }
        check(ConfigurationError.isInstance(error), `expected ConfigurationError, got ${error?.name}`);
        check(/Blob or File, a ReadableStream of bytes, a Uint8Array or an ArrayBuffer/.test(error.message), error.message);
      },
    },
    {
      name: 'platform: in-memory sources still work without a file system',
      run: async () => {
        const info = await describeSource(new Blob([new Uint8Array(10)], { type: 'video/mp4' }));
        check(info.size === 10 && info.type === 'video/mp4', JSON.stringify(info));
      },
    },
  ];
}
