// Overhead: median time of one 2xx GET on loopback through bare fetch, bare openapi-fetch, ky and Conduit.
import { createTransport, none } from '@conduit/core';
import ky from 'ky';
import createClient from 'openapi-fetch';
import { startJsonServer } from './servers.mjs';

export async function runOverhead({ quick }) {
  const server = await startJsonServer();
  const url = `${server.url}/videos/vid_123`;
  const plain = createClient({ baseUrl: server.url });
  const conduit = createClient({ baseUrl: server.url, fetch: createTransport({ provider: 'bench', auth: none() }) });
  const kyClient = ky.create({ prefixUrl: server.url, retry: 0 });
  const contenders = {
    fetch: async () => {
      await (await fetch(url)).json();
    },
    'openapi-fetch': () => plain.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } }),
    ky: () => kyClient.get('videos/vid_123').json(),
    conduit: () => conduit.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } }),
  };
  // Interleaved one call at a time, in a shuffled order each round, so drift in machine load
  // (2 shared cores) hits every contender alike; each figure is the median of its own samples.
  const names = Object.keys(contenders);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const warmup = quick ? 300 : 2000;
  const rounds = quick ? 1000 : 10_000;
  for (let round = 0; round < warmup + rounds; round++) {
    for (const name of names.sort(() => Math.random() - 0.5)) {
      const started = performance.now();
      await contenders[name]();
      if (round >= warmup) {
        samples[name].push(performance.now() - started);
      }
    }
  }
  await server.close();
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
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
