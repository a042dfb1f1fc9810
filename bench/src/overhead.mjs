// Overhead: median time of one 2xx GET on loopback through bare fetch, bare openapi-fetch, ky and Conduit.
import { callApi, createTransport, none } from '@conduit/core';
import ky from 'ky';
import createClient from 'openapi-fetch';
import { printStepTable, runOverheadSteps } from './overhead-steps.mjs';
import { startJsonServer } from './servers.mjs';

export async function runOverhead({ quick }) {
  const server = await startJsonServer();
  const url = `${server.url}/videos/vid_123`;
  const plain = createClient({ baseUrl: server.url });
  const transport = createTransport({ provider: 'bench', auth: none() });
  const conduit = createClient({ baseUrl: server.url, fetch: transport });
  const kyClient = ky.create({ prefixUrl: server.url, retry: 0 });
  const contenders = {
    fetch: async () => {
      await (await fetch(url)).json();
    },
    'openapi-fetch': () => plain.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } }),
    ky: () => kyClient.get('videos/vid_123').json(),
    conduit: () => conduit.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } }),
    // A provider method as every client builds it (callApi: options check, APIPromise, readJson, describe).
    'conduit method': () =>
      callApi(transport, {
        label: 'bench videos.get',
        options: undefined,
        send: (fetch) => conduit.GET('/videos/{id}', { params: { path: { id: 'vid_123' } }, fetch }),
        read: { what: 'bench videos.get' },
      }),
  };
  // Interleaved one call at a time, in a shuffled order each round, so drift in machine load
  // (2 shared cores) hits every contender alike; each figure is the median of its own samples.
  const names = Object.keys(contenders);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  // Also the process's CPU time per call (client and loopback server alike): other processes on the
  // shared cores barely move it, so it is a steadier reference than wall time on a busy machine.
  const cpuSamples = Object.fromEntries(names.map((name) => [name, []]));
  const warmup = quick ? 300 : 2000;
  const rounds = quick ? 1000 : 10_000;
  for (let round = 0; round < warmup + rounds; round++) {
    for (const name of names.sort(() => Math.random() - 0.5)) {
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      await contenders[name]();
      if (round >= warmup) {
        samples[name].push(performance.now() - started);
        const cpu = process.cpuUsage(cpuStarted);
        cpuSamples[name].push(cpu.user + cpu.system);
      }
    }
  }
  await server.close();
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const cpuUs = Object.fromEntries(Object.entries(cpuSamples).map(([name, values]) => [name, median(values)]));
  console.log(`provider-kit method / client.api call (median): ${(ms['conduit method'] / ms.conduit).toFixed(3)}`);
  const steps = await runOverheadSteps({ quick });
  printStepTable(steps);
  return {
    medianMs: ms,
    medianCpuUs: cpuUs,
    steps,
    figures: [
      {
        name: 'overhead: conduit / openapi-fetch (median)',
        value: ms.conduit / ms['openapi-fetch'],
        budget: '<= 1.05',
        pass: ms.conduit / ms['openapi-fetch'] <= 1.05,
      },
      { name: 'overhead: conduit / fetch (median)', value: ms.conduit / ms.fetch, budget: '<= 1.15', pass: ms.conduit / ms.fetch <= 1.15 },
      { name: 'overhead: ky / fetch (median, reference)', value: ms.ky / ms.fetch, budget: '-', pass: true },
      { name: 'overhead: openapi-fetch / fetch (median, reference)', value: ms['openapi-fetch'] / ms.fetch, budget: '-', pass: true },
      {
        name: 'overhead: conduit / openapi-fetch (median CPU time, reference)',
        value: cpuUs.conduit / cpuUs['openapi-fetch'],
        budget: '-',
        pass: true,
      },
      { name: 'overhead: conduit / fetch (median CPU time, reference)', value: cpuUs.conduit / cpuUs.fetch, budget: '-', pass: true },
      {
        name: 'overhead: pipeline CPU us per call over openapi-fetch (memory fetch, reference)',
        value: steps.pipelineUs,
        budget: '-',
        pass: true,
      },
    ],
  };
}

// `node bench/src/overhead.mjs [--quick]`: this section alone (run.mjs runs it as `--only=overhead` too).
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runOverhead({ quick: process.argv.includes('--quick') });
  for (const figure of result.figures) {
    console.log(
      `${figure.name.padEnd(80)} ${figure.value.toFixed(3).padStart(8)}  ${figure.budget.padEnd(8)} ${figure.pass ? 'pass' : 'FAIL'}`,
    );
  }
}
