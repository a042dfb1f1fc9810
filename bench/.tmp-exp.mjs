import { startSinkServer } from './src/sink-server.mjs';
import { spawnSync } from 'node:child_process';
const mode = process.argv[2];
if (!mode) {
  const sink = await startSinkServer();
  for (const m of ['blob', 'u8', 'blob-notransport', 'u8-notransport']) {
    const r = spawnSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, m, sink.url], { encoding: 'utf8' });
    console.log(m, r.stdout.trim(), r.stderr.slice(0, 300));
  }
  await sink.close();
} else {
  const url = process.argv[3];
  const core = await import('@conduit/core');
  const transport = core.createTransport({ provider: 'x', auth: core.none() });
  globalThis.gc();
  const base = process.memoryUsage().rss; let peak = base;
  const t = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  const size = 16 * 1048576;
  for (let i = 0; i < 64; i++) {
    const bytes = new Uint8Array(size).fill(i);
    const head = '--b\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\n';
    let body;
    if (mode.startsWith('blob')) body = new Blob([head, bytes, '\r\n--b--\r\n']);
    else { const h = new TextEncoder().encode(head); const f = new TextEncoder().encode('\r\n--b--\r\n'); body = new Uint8Array(h.length + size + f.length); body.set(h); body.set(bytes, h.length); body.set(f, h.length + size); }
    const req = new Request(`${url}/videos/v/source`, { method: 'POST', body, headers: { 'content-type': 'multipart/form-data; boundary=b', 'content-range': `bytes ${i*size}-${(i+1)*size-1}/*` }, duplex: 'half' });
    const res = mode.endsWith('notransport') ? await fetch(req) : await transport(req);
    await res.text();
  }
  clearInterval(t);
  console.log(JSON.stringify({ peakMb: (peak - base) / 1048576 }));
}
