import { createTransport, none } from '@conduit/core';
import createClient from 'openapi-fetch';
import { startJsonServer } from './servers.mjs';
const server = await startJsonServer();
const plain = createClient({ baseUrl: server.url });
const conduit = createClient({ baseUrl: server.url, fetch: createTransport({ provider: 'bench', auth: none() }) });
const which = process.argv[2] ?? 'both';
async function loop(client, n) { const t = process.cpuUsage(); for (let i = 0; i < n; i++) await client.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } }); const d = process.cpuUsage(t); return (d.user + d.system) / n; }
for (let r = 0; r < 6; r++) {
  const a = which !== 'conduit' ? await loop(plain, 3000) : 0;
  const b = which !== 'plain' ? await loop(conduit, 3000) : 0;
  console.log(`plain ${a.toFixed(1)} µs  conduit ${b.toFixed(1)} µs  ratio ${(b / a).toFixed(3)}`);
}
await server.close();
