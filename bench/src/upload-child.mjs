// Runs one upload flavour in a fresh process and prints {peakGrowthMb, seconds} as JSON.
// argv: <flavour> <file> <url>
import { createReadStream, statSync } from 'node:fs';
import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';

const [flavour, file, url] = process.argv.slice(2);
const size = statSync(file).size;
// Load the SDK before the baseline so module code does not count as upload memory.
const core = await import('@conduit/core');
const apivideo = flavour === 'apivideo-chunked' ? await import('@conduit/apivideo') : undefined;
globalThis.gc?.();
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
const started = performance.now();

const flavours = {
  async 'node-http-pipeline'() {
    await new Promise((resolve, reject) => {
      const outgoing = request(`${url}/put`, { method: 'PUT', headers: { 'content-length': size } }, (response) => {
        response.resume();
        response.on('end', resolve);
      });
      outgoing.on('error', reject);
      pipeline(createReadStream(file), outgoing).catch(reject);
    });
  },
  async 'signed-put'() {
    await core.uploadToSignedUrl(`${url}/signed?X-Signature=bench`, file, { contentType: 'video/mp4' });
  },
  async 'apivideo-chunked'() {
    const client = apivideo.createApiVideoClient({ apiKey: 'bench_key_0123456789abcdef', baseUrl: url });
    await client.videos.upload('vi_bench', file, { chunkSize: 16 * 1024 * 1024 });
  },
};

await flavours[flavour]();
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ flavour, peakGrowthMb: (peak - baseline) / 1024 / 1024, seconds: (performance.now() - started) / 1000 }));
