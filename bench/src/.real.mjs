import { createTransport, none } from '@conduit/core';
import createClient from 'openapi-fetch';
import { startJsonServer } from './servers.mjs';
const server = await startJsonServer();
const client = process.argv[2] === 'conduit'
  ? createClient({ baseUrl: server.url, fetch: createTransport({ provider: 'bench', auth: none() }) })
  : createClient({ baseUrl: server.url });
for (let i = 0; i < 20000; i++) await client.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } });
await server.close();
