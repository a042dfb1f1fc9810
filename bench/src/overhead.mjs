// Overhead: median time of one 2xx GET on loopback through bare fetch, bare openapi-fetch, ky and Conduit.
import { createTransport, none } from '@conduit/core';
import ky from 'ky';
import createClient from 'openapi-fetch';
import { Bench } from 'tinybench';
import { startJsonServer } from './servers.mjs';

export async function runOverhead({ quick }) {
  const server = await startJsonServer();
  const url = `${server.url}/videos/vid_123`;
  const plain = createClient({ baseUrl: server.url });
  const conduit = createClient({ baseUrl: server.url, fetch: createTransport({ provider: 'bench', auth: none() }) });
  const kyClient = ky.create({ prefixUrl: server.url, retry: 0 });
  const bench = new Bench({ time: quick ? 300 : 3000, warmupTime: quick ? 100 : 1000 });
  bench
    .add('fetch', async () => {
      await (await fetch(url)).json();
    })
    .add('openapi-fetch', async () => {
      await plain.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } });
    })
    .add('ky', async () => {
      await kyClient.get('videos/vid_123').json();
    })
    .add('conduit', async () => {
      await conduit.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } });
    });
  // Interleave the rounds so machine noise hits every contender alike.
  const medians = { fetch: [], 'openapi-fetch': [], ky: [], conduit: [] };
  for (let round = 0; round < (quick ? 1 : 3); round++) {
    await bench.run();
    for (const task of bench.tasks) {
      medians[task.name].push(task.result.latency.p50);
    }
  }
  await server.close();
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = Object.fromEntries(Object.entries(medians).map(([name, values]) => [name, median(values)]));
  return {
    medianMs: ms,
    figures: [
      {
        name: 'overhead: conduit / openapi-fetch (median)',
        value: ms.conduit / ms['openapi-fetch'],
        budget: '<= 1.05',
        pass: ms.conduit / ms['openapi-fetch'] <= 1.05,
      },
      { name: 'overhead: conduit / fetch (median)', value: ms.conduit / ms.fetch, budget: '<= 1.15', pass: ms.conduit / ms.fetch <= 1.15 },
      { name: 'overhead: ky / fetch (median, reference)', value: ms.ky / ms.fetch, budget: '-', pass: true },
    ],
  };
}
