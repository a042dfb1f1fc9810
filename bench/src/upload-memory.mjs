// Upload memory: peak RSS growth while uploading a generated file (1 GiB; 64 MiB in quick mode) to a loopback sink.
import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSinkServer } from './sink-server.mjs';

const run = promisify(execFile);

function generateFile(path, bytes) {
  const block = Buffer.alloc(4 * 1024 * 1024);
  for (let index = 0; index < block.length; index += 4) {
    block.writeUInt32LE((index * 2654435761) >>> 0, index);
  }
  const fd = openSync(path, 'w');
  for (let written = 0; written < bytes; written += block.length) {
    writeSync(fd, block, 0, Math.min(block.length, bytes - written));
  }
  closeSync(fd);
}

export async function runUploadMemory({ quick }) {
  const directory = mkdtempSync(join(tmpdir(), 'conduit-bench-'));
  const file = join(directory, 'upload.bin');
  const bytes = (quick ? 64 : 1024) * 1024 * 1024;
  generateFile(file, bytes);
  const sink = await startSinkServer();
  const flavours = ['node-http-pipeline', 'signed-put'];
  if (existsSync(new URL('../../packages/apivideo/dist/index.js', import.meta.url))) {
    flavours.push('apivideo-chunked');
  }
  const rows = [];
  try {
    for (const flavour of flavours) {
      const { stdout } = await run(
        process.execPath,
        ['--expose-gc', new URL('./upload-child.mjs', import.meta.url).pathname, flavour, file, sink.url],
        {
          maxBuffer: 1024 * 1024,
        },
      );
      rows.push(JSON.parse(stdout.trim().split('\n').pop()));
    }
  } finally {
    await sink.close();
    rmSync(directory, { recursive: true, force: true });
  }
  const baseline = rows.find((row) => row.flavour === 'node-http-pipeline');
  return {
    fileMb: bytes / 1024 / 1024,
    rows,
    figures: rows.map((row) => ({
      name: `upload ${bytes / 1024 / 1024} MiB: ${row.flavour} peak RSS growth (MB)`,
      value: row.peakGrowthMb,
      budget: row === baseline ? 'baseline' : '<= 80',
      pass: row === baseline || row.peakGrowthMb <= 80,
    })),
  };
}
