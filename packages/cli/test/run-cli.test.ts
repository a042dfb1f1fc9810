import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.js';
import { capture } from './helpers/capture.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

async function run(argv: string[], environment: Record<string, string | undefined> = {}) {
  const output = capture();
  const errors = capture();
  const code = await runCli(argv, output.stream, { errorOutput: errors.stream, environment });
  return { code, stdout: output.text(), stderr: errors.text() };
}

describe('conduit (conventions)', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the usage with commands and exit codes, exit 0', async (flag) => {
    const result = await run([flag]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: conduit <command> \[options\]/);
    expect(result.stdout).toMatch(/demo\s+run every provider's workflow/);
    expect(result.stdout).toMatch(/Exit codes:\n\s+0\s+success\n\s+1\s+.+\n\s+2\s+usage error/);
    expect(result.stdout).toContain('NO_COLOR');
    expect(result.stderr).toBe('');
  });

  it.each([['--version'], ['-v']])('%s prints the package version, exit 0', async (flag) => {
    const result = await run([flag]);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['demo', '--help'], 'Usage: conduit demo'],
    [['doctor', '-h'], 'Usage: conduit doctor'],
    [['help', 'doctor'], 'Usage: conduit doctor'],
  ])('%j prints that command’s help with its exit codes and runs nothing, exit 0', async (argv, heading) => {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(heading)).toBe(true);
    expect(result.stdout).toMatch(/Exit codes:\n\s+0 .+\n\s+1 .+\n\s+2\s+usage error/);
    expect(result.stdout).not.toContain('mock server listening');
  });

  it('an unknown command exits 2 with the usage on stderr', async () => {
    const result = await run(['deploy']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^conduit: unknown command "deploy"\n\nUsage: conduit <command>/);
  });

  it('no command at all exits 2 with the usage', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: conduit <command>');
  });

  it('an unknown option exits 2 with the command’s help', async () => {
    const result = await run(['doctor', '--pong']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--pong/);
    expect(result.stderr).toContain('Usage: conduit doctor');
  });

  it('help for an unknown command exits 2', async () => {
    expect((await run(['help', 'deploy'])).code).toBe(2);
  });

  it('writes usage errors to the same stream when given only one', async () => {
    const output = capture();
    expect(await runCli(['nope'], output.stream, { environment: {} })).toBe(2);
    expect(output.text()).toContain('unknown command "nope"');
  });

  it('colours the error prefix on a terminal and not with NO_COLOR', async () => {
    const colored = capture({ isTTY: true });
    await runCli(['nope'], capture().stream, { errorOutput: colored.stream, environment: {} });
    expect(colored.text()).toContain('\u001b[31mconduit:\u001b[39m');
    const plain = capture({ isTTY: true });
    await runCli(['nope'], capture().stream, { errorOutput: plain.stream, environment: { NO_COLOR: '1' } });
    expect(plain.text()).not.toContain('\u001b[');
  });
});
