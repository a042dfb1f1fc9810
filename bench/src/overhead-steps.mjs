// Per-step cost of Conduit's transport pipeline: the same 2xx GET through openapi-fetch with the
// whole pipeline, and with each step left out in turn (`experimental_skipSteps`). The fetch under
// it answers from memory, and each batch is timed in process CPU time (process.cpuUsage), so the
// figures are the transport's own work, not the other processes sharing the machine's cores.
import { createTransport, none } from '@conduit/core';
import { instrumentConduit } from '@conduit/otel';
import createClient from 'openapi-fetch';

/** Steps a 2xx GET can run without (every step but the terminal send). */
export const measuredSteps = [
  'retry',
  'rateLimit',
  'attemptSignal',
  'classify',
  'headers',
  'auth',
  'body',
  'readAnswer',
  'observeRateLimit',
  'redirects',
];

const body = JSON.stringify({ id: 'vid_123', title: 'Bench', tags: ['a', 'b'], duration: 42 });
const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
const memoryFetch = async () => new Response(body, { status: 200, headers });
const baseUrl = 'http://127.0.0.1:9';

function client(fetch) {
  const api = createClient({ baseUrl, fetch });
  return async () => {
    const { data } = await api.GET('/videos/{id}', { params: { path: { id: 'vid_123' } } });
    if (data?.id !== 'vid_123') {
      throw new Error('bench answer lost');
    }
  };
}

const cpuMicroseconds = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** Median CPU microseconds per call of each contender, sampled in batches interleaved in shuffled order. */
async function sample(contenders, { rounds, batch }) {
  const names = Object.keys(contenders);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of [...names].sort(() => Math.random() - 0.5)) {
      const started = cpuMicroseconds();
      for (let index = 0; index < batch; index++) {
        await contenders[name]();
      }
      samples[name].push((cpuMicroseconds() - started) / batch);
    }
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(names.map((name) => [name, median(samples[name].slice(Math.floor(rounds / 10)))]));
}

export async function runOverheadSteps({ quick }) {
  const transport = (skip, middleware) =>
    createTransport({ provider: 'bench', auth: none(), fetch: memoryFetch, experimental_skipSteps: skip, middleware });
  const observer = { name: 'observer', onEvent: () => undefined };
  const hooks = { name: 'hooks', onRequest: () => undefined, onResponse: () => undefined };
  const contenders = {
    'openapi-fetch (memory fetch)': client(memoryFetch),
    conduit: client(transport([])),
    'conduit, every skippable step left out': client(transport(measuredSteps)),
    'conduit + an onEvent observer': client(transport([], [observer])),
    'conduit + onRequest/onResponse hooks': client(transport([], [hooks])),
    // @conduit/otel with no OpenTelemetry SDK registered (the API's no-op tracer and meter).
    'conduit + @conduit/otel, no SDK': client(transport([], [instrumentConduit()])),
    ...Object.fromEntries(measuredSteps.map((step) => [`without ${step}`, client(transport([step]))])),
  };
  const us = await sample(contenders, { rounds: quick ? 60 : 300, batch: 200 });
  const full = us.conduit;
  const rows = measuredSteps.map((step) => ({ step, costUs: full - us[`without ${step}`] }));
  rows.push({ step: 'callEvents (one observer)', costUs: us['conduit + an onEvent observer'] - full });
  rows.push({ step: 'request/response hooks (one middleware)', costUs: us['conduit + onRequest/onResponse hooks'] - full });
  rows.push({ step: '@conduit/otel installed, no SDK', costUs: us['conduit + @conduit/otel, no SDK'] - full });
  return { perCallUs: us, rows, pipelineUs: full - us['openapi-fetch (memory fetch)'] };
}

/** Prints the table (microseconds per call; a step's cost is the pipeline's time with it minus without it). */
export function printStepTable(result) {
  console.log('\nper-step cost, 2xx GET, memory fetch (CPU us per call; a step costs the pipeline with it minus without it)');
  for (const [name, value] of Object.entries(result.perCallUs)) {
    console.log(`  ${name.padEnd(40)} ${value.toFixed(2).padStart(8)} us/call`);
  }
  for (const row of result.rows) {
    console.log(`  step ${row.step.padEnd(35)} ${row.costUs.toFixed(2).padStart(8)} us`);
  }
  console.log(`  ${'whole pipeline over openapi-fetch'.padEnd(40)} ${result.pipelineUs.toFixed(2).padStart(8)} us`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printStepTable(await runOverheadSteps({ quick: process.argv.includes('--quick') }));
}
