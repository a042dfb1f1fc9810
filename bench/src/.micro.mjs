import { createTransport, none } from '@conduit/core';
import createClient from 'openapi-fetch';
const body = JSON.stringify({ id: 'vid_123', title: 'Bench', tags: ['a', 'b'], duration: 42 });
const fake = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } });
const plain = createClient({ baseUrl: 'http://127.0.0.1:9', fetch: fake });
const conduit = createClient({ baseUrl: 'http://127.0.0.1:9', fetch: createTransport({ provider: 'bench', auth: none(), fetch: fake }) });
async function loop(client, n) { const t = process.cpuUsage(); for (let i = 0; i < n; i++) await client.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } }); const d = process.cpuUsage(t); return (d.user + d.system) / n; }
for (let r = 0; r < 6; r++) {
  const a = process.argv[2] ? 0 : await loop(plain, 5000); const b = await loop(conduit, 5000);
  console.log(`plain ${a.toFixed(1)} µs  conduit ${b.toFixed(1)} µs  overhead ${(b - a).toFixed(1)} µs`);
}
