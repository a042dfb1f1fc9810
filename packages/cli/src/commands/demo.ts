import type { TransportStats } from '@conduit/core';
import { createMockServer, type MockServer } from '@conduit/testing';
import { mockProviders } from '../demo/mock-providers.js';
import { createSampleMedia } from '../demo/sample-media.js';
import type { Workflow } from '../demo/workflow.js';
import { workflows as allWorkflows } from '../demo/workflows.js';
import { paint, statusPaint } from '../ui/paint.js';
import { createProgressLine } from '../ui/progress-bar.js';
import { renderTable } from '../ui/render-table.js';
import { detectTerminalStyle, type TerminalStyle } from '../ui/terminal-style.js';

/** Options of `conduit demo`. */
export interface DemoOptions {
  /** Run against the real APIs for the providers whose keys are in the environment. */
  live?: boolean;
  /** Only these provider ids. */
  only?: string[];
  /** Where progress and the summary go (default stdout). */
  output?: NodeJS.WriteStream;
  /** Size of the sample media in bytes (default 12 MiB, so api.video's upload needs several chunks). */
  sampleBytes?: number;
  /** Colours and progress bars (default: detected from `output` and `NO_COLOR`). */
  style?: TerminalStyle;
}

/** One row of the closing summary. */
export interface DemoResult {
  /** Provider id, e.g. `hesedvid`. */
  id: string;
  /** Provider display name, e.g. `HesedVid`. */
  name: string;
  /** How the workflow ended. */
  status: 'ok' | 'failed' | 'skipped';
  /** What the workflow produced, or why it failed or was skipped. */
  detail: string;
  /** HTTP attempts sent. */
  requests: number;
  /** Of those, retries. */
  retries: number;
  /** Answers with status 429. */
  rateLimited: number;
  /** Wall-clock duration in seconds. */
  seconds: number;
}

function sumStats(all: TransportStats[]): { requests: number; retries: number; rateLimited: number } {
  return all.reduce(
    (total, stats) => ({
      requests: total.requests + stats.attempts,
      retries: total.retries + stats.retries,
      rateLimited: total.rateLimited + stats.rateLimited,
    }),
    { requests: 0, retries: 0, rateLimited: 0 },
  );
}

/**
 * Runs every provider's workflow through the real clients: against the embedded mock server (with a
 * rate limit and an outage injected, so retries show) or, with `live`, against the real APIs.
 * Resolves with one result per provider; `process.exitCode` is left to the caller.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult[]> {
  const output = options.output ?? process.stdout;
  const style = options.style ?? detectTerminalStyle(output);
  const selected = allWorkflows.filter((workflow) => !options.only || options.only.includes(workflow.id));
  const sample = await createSampleMedia(options.sampleBytes ?? 12 * 1024 * 1024);
  let server: MockServer | undefined;
  const results: DemoResult[] = [];
  try {
    if (!options.live) {
      server = await createMockServer({
        providers: selected.map((workflow) => mockProviders[workflow.id]?.create()).filter((mock) => mock !== undefined),
      });
      output.write(`mock server listening on ${server.url}\n`);
      for (const workflow of selected) {
        const scenarios = mockProviders[workflow.id]?.scenarios;
        // A realistic bad day: one 429 with a 1 s hint and one 503, both absorbed by the clients' retries.
        if (scenarios) {
          server.use(
            scenarios.rateLimited({ times: 1, retryAfter: 1, method: 'GET' }),
            scenarios.outage({ status: 503, times: 1, method: 'GET' }),
          );
        }
      }
    }
    for (const workflow of selected) {
      results.push(await runOne(workflow, { live: options.live ?? false, server, samplePath: sample.path, output, style }));
    }
  } finally {
    await server?.close();
    await sample.cleanup();
  }
  output.write(
    `\n${renderTable(
      ['provider', 'status', 'requests', 'retries', '429s', 'seconds', 'result'],
      results.map((result) => [
        result.name,
        result.status,
        result.requests,
        result.retries,
        result.rateLimited,
        Number(result.seconds.toFixed(2)),
        result.detail,
      ]),
      (padded, cell, column) => {
        const how = column === 1 ? statusPaint(cell) : undefined;
        return how ? paint(padded, how, style) : padded;
      },
    )}\n`,
  );
  return results;
}

async function runOne(
  workflow: Workflow,
  environment: { live: boolean; server: MockServer | undefined; samplePath: string; output: NodeJS.WriteStream; style: TerminalStyle },
): Promise<DemoResult> {
  const base = { id: workflow.id, name: workflow.name, requests: 0, retries: 0, rateLimited: 0, seconds: 0 };
  if (environment.live && !process.env[workflow.environmentVariable]) {
    environment.output.write(`${workflow.name}: skipped (${workflow.environmentVariable} is not set)\n`);
    return { ...base, status: 'skipped', detail: `${workflow.environmentVariable} not set` };
  }
  const tracked: TransportStats[] = [];
  const line = createProgressLine(environment.output, workflow.name.padEnd(12), environment.style);
  const started = performance.now();
  try {
    const detail = await workflow.run({
      mode: environment.live ? 'live' : 'mock',
      baseUrl: environment.server?.baseUrl(workflow.id),
      apiKey: environment.live ? undefined : mockProviders[workflow.id]?.testKey,
      samplePath: environment.samplePath,
      progress: (fraction, label) => line.update(fraction, label),
      track: (stats) => tracked.push(stats),
    });
    line.done(workflow.summary);
    return { ...base, ...sumStats(tracked), status: 'ok', detail, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    environment.output.write(`\n${workflow.name}: ${paint('FAILED', 'red', environment.style)}: ${name}: ${message}\n`);
    return {
      ...base,
      ...sumStats(tracked),
      status: 'failed',
      detail: `${name}: ${message}`,
      seconds: (performance.now() - started) / 1000,
    };
  }
}
