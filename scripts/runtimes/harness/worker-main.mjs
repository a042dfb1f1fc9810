// Entry for workerd (bundled by esbuild with the worker/browser conditions, no nodejs_compat): a
// POST carrying the config runs every case and answers with the report and the printed lines.
import { allCases } from './all-cases.mjs';
import { runCases } from './run-cases.mjs';

export default {
  async fetch(request) {
    if (request.method !== 'POST') {
      return new Response('POST the harness config', { status: 405 });
    }
    const config = await request.json();
    const lines = [];
    const report = await runCases(config.runtime, allCases(config), (line) => lines.push(line));
    return Response.json({ report, lines });
  },
};
