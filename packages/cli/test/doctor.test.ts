import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';

const variables = ['VIDDYSCRIBE_API_KEY', 'HESEDVID_API_KEY', 'SCRIPTIX_API_KEY', 'APIVIDEO_API_KEY', 'GENAI_API_KEY', 'HESEDVID_ORG_ID'];

function capture(): { stream: NodeJS.WriteStream; text(): string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (piece: Buffer) => {
    text += piece.toString('utf8');
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

describe('conduit doctor', () => {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    for (const name of variables) {
      saved[name] = process.env[name];
      delete process.env[name];
    }
  });
  afterEach(() => {
    for (const name of variables) {
      if (saved[name] === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = saved[name];
      }
    }
  });

  it('exits non-zero on a malformed key, names the variable and never prints the key', async () => {
    const malformed = 'hv_prod_abcdefghijklmnopqrstuvwxyz123456';
    process.env.HESEDVID_API_KEY = malformed;
    const output = capture();
    const code = await runCli(['doctor'], output.stream);
    expect(code).toBe(1);
    expect(output.text()).toMatch(/HesedVid\s+HESEDVID_API_KEY\s+invalid/);
    expect(output.text()).not.toContain(malformed);
    expect(output.text()).not.toContain('abcdefghijklmnopqrstuvwxyz');
  });

  it('passes with a well-formed key and reports the key mode', async () => {
    process.env.HESEDVID_API_KEY = 'hv_test_abcdefghijklmnopqrstuvwxyz123456';
    const output = capture();
    expect(await runCli(['doctor'], output.stream)).toBe(0);
    expect(output.text()).toMatch(/HESEDVID_API_KEY\s+ok\s+format valid; test \(hv_test_\)/);
    expect(output.text()).toMatch(/GENAI_API_KEY\s+not set\s+export GENAI_API_KEY=/);
    expect(output.text()).not.toContain('abcdefghijklmnopqrstuvwxyz123456');
  });

  it('exits non-zero when no key is set at all, saying what to export', async () => {
    const output = capture();
    expect(await runCli(['doctor'], output.stream)).toBe(1);
    for (const name of ['VIDDYSCRIBE_API_KEY', 'HESEDVID_API_KEY', 'GENAI_API_KEY']) {
      expect(output.text()).toContain(`export ${name}=`);
    }
  });

  it('refuses unknown flags and commands with usage', async () => {
    const output = capture();
    expect(await runCli(['doctor', '--pong'], output.stream)).toBe(2);
    expect(output.text()).toContain('Usage: conduit');
    expect(await runCli(['deploy'], capture().stream)).toBe(2);
  });
});

describe('conduit doctor output style', () => {
  it('colours statuses on a terminal, and not with NO_COLOR or when piped', async () => {
    const { capture: captureStream } = await import('./helpers/capture.js');
    const saved = process.env.HESEDVID_API_KEY;
    process.env.HESEDVID_API_KEY = 'hv_test_abcdefghijklmnopqrstuvwxyz123456';
    try {
      const terminal = captureStream({ isTTY: true });
      await runCli(['doctor'], terminal.stream, { environment: {} });
      expect(terminal.text()).toContain('\u001b[32mok     \u001b[39m');
      const noColor = captureStream({ isTTY: true });
      await runCli(['doctor'], noColor.stream, { environment: { NO_COLOR: '1' } });
      const piped = captureStream();
      await runCli(['doctor'], piped.stream, { environment: {} });
      for (const text of [noColor.text(), piped.text()]) {
        expect(text).toMatch(/HESEDVID_API_KEY\s+ok/);
        expect(text).not.toContain('\u001b[');
      }
    } finally {
      if (saved === undefined) {
        delete process.env.HESEDVID_API_KEY;
      } else {
        process.env.HESEDVID_API_KEY = saved;
      }
    }
  });
});
