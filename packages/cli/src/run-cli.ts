import { parseArgs } from 'node:util';
import { runDemo } from './commands/demo.js';
import { doctorExitCode, runDoctor } from './commands/doctor.js';

const usage = `Usage: conduit <command> [options]

Commands:
  demo [--live] [--only id,id]   run every provider's workflow against the embedded mock server
                                 (--live: against the real APIs, for the providers whose keys are set)
  doctor [--ping]                check each provider's key, format and environment (--ping: one request each)
  help                           show this text
`;

/** Runs the CLI with `argv` (without node and script); resolves with the exit code. */
export async function runCli(argv: string[], output: NodeJS.WriteStream = process.stdout): Promise<number> {
  const [command, ...rest] = argv;
  let values: { live?: boolean; ping?: boolean; only?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { live: { type: 'boolean' }, ping: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    output.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (command === 'demo') {
    const results = await runDemo({ live: values.live, only: values.only?.split(',').map((id) => id.trim()), output });
    const failed = results.filter((result) => result.status === 'failed');
    if (failed.length > 0) {
      output.write(`\ndemo failed for ${failed.map((result) => result.name).join(', ')}\n`);
      return 1;
    }
    if (results.every((result) => result.status === 'skipped')) {
      output.write('\nnothing ran: set at least one provider key for --live (conduit doctor shows which)\n');
      return 1;
    }
    return 0;
  }
  if (command === 'doctor') {
    return doctorExitCode(await runDoctor({ ping: values.ping, output }));
  }
  if (command === undefined || command === 'help' || values.help) {
    output.write(usage);
    return command === undefined ? 2 : 0;
  }
  output.write(`unknown command "${command}"\n\n${usage}`);
  return 2;
}
