import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/commands/demo.js';
import { workflows } from '../src/demo/workflows.js';

function capture(): { stream: NodeJS.WriteStream; text(): string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (piece: Buffer) => {
    text += piece.toString('utf8');
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

describe('conduit demo (mock server)', () => {
  it('runs every provider workflow through the real clients and prints the summary table', { timeout: 120_000 }, async () => {
    const output = capture();
    const results = await runDemo({ output: output.stream });
    expect(results.map((result) => result.id).sort()).toEqual(workflows.map((workflow) => workflow.id).sort());
    for (const result of results) {
      expect(result, `${result.name}: ${result.detail}`).toMatchObject({ status: 'ok' });
      // The injected 429 and 503 are met and absorbed by each client's retries.
      expect(result.rateLimited).toBeGreaterThanOrEqual(1);
      expect(result.retries).toBeGreaterThanOrEqual(2);
      expect(result.requests).toBeGreaterThan(result.retries);
    }
    expect(output.text()).toMatch(/provider\s+status\s+requests\s+retries\s+429s\s+seconds\s+result/);
    // Not a terminal: no progress bar, one plain line per workflow.
    expect(output.text()).not.toMatch(/\[[#.]{24}\]/);
    expect(output.text()).toMatch(/^ViddyScribe\s+done {2}/m);
  });

  it('in live mode skips providers without keys and says which', async () => {
    const saved = process.env.GENAI_API_KEY;
    delete process.env.GENAI_API_KEY;
    try {
      const output = capture();
      const results = await runDemo({ live: true, only: ['genai'], output: output.stream, sampleBytes: 1024 });
      expect(results).toEqual([expect.objectContaining({ id: 'genai', status: 'skipped' })]);
      expect(output.text()).toContain('GenAI: skipped (GENAI_API_KEY is not set)');
    } finally {
      if (saved !== undefined) {
        process.env.GENAI_API_KEY = saved;
      }
    }
  });
});
