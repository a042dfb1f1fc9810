import { type ParseArgsConfig, parseArgs } from 'node:util';
import { commandHelp, exitCodes, usageText } from './cli-help.js';
import { runDemo } from './commands/demo.js';
import { doctorExitCode, runDoctor } from './commands/doctor.js';
import { paint } from './ui/paint.js';
import { detectTerminalStyle } from './ui/terminal-style.js';
import { VERSION } from './version.js';

/** Where `runCli` writes and what it reads. Every field has a default taken from `process`. */
export interface CliIO {
  /** Usage errors go here (default stderr when `output` is stdout, else `output`). */
  errorOutput?: NodeJS.WritableStream & {
    /** Whether the stream is a terminal (colours the error prefix). */
    readonly isTTY?: boolean;
  };
  /** Environment variables read for `NO_COLOR` and `TERM` (default `process.env`). */
  environment?: Readonly<Record<string, string | undefined>>;
}

type Command = keyof typeof commandHelp;

const commandOptions = {
  demo: { live: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  doctor: { ping: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
} as const;

/** The flags any command may take, read from `parseArgs` by type. */
interface Flags {
  live?: boolean;
  ping?: boolean;
  only?: string;
  help?: boolean;
}

function parseFlags(command: Command, args: string[]): Flags {
  const options: ParseArgsConfig['options'] = commandOptions[command];
  const { values } = parseArgs({ args, options, strict: true, allowPositionals: false });
  const flag = (name: string) => (typeof values[name] === 'boolean' ? values[name] : undefined);
  const only = values.only;
  return { live: flag('live'), ping: flag('ping'), help: flag('help'), only: typeof only === 'string' ? only : undefined };
}

function isCommand(name: string | undefined): name is Command {
  return name === 'demo' || name === 'doctor';
}

/**
 * Runs the CLI with `argv` (without node and script) and resolves with the exit code: 0 success, 1
 * the command found a problem, 2 usage error. `--help`, `<command> --help`, `help [command]` and
 * `--version` print to `output` and resolve with 0.
 */
export async function runCli(argv: string[], output: NodeJS.WriteStream = process.stdout, io: CliIO = {}): Promise<number> {
  const errorOutput = io.errorOutput ?? (output === process.stdout ? process.stderr : output);
  const environment = io.environment ?? process.env;
  const [command, ...rest] = argv;
  const usageError = (message: string, help: string) => {
    const style = detectTerminalStyle(errorOutput, environment);
    errorOutput.write(`${paint('conduit:', 'red', style)} ${message}\n\n${help}`);
    return exitCodes.usage;
  };

  if (command === '--help' || command === '-h') {
    output.write(usageText);
    return exitCodes.success;
  }
  if (command === '--version' || command === '-v' || command === '-V') {
    output.write(`${VERSION}\n`);
    return exitCodes.success;
  }
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      output.write(usageText);
      return exitCodes.success;
    }
    if (!isCommand(topic)) {
      return usageError(`no help for unknown command "${topic}"`, usageText);
    }
    output.write(commandHelp[topic]);
    return exitCodes.success;
  }
  if (command === undefined) {
    return usageError('a command is required', usageText);
  }
  if (!isCommand(command)) {
    return usageError(`unknown command "${command}"`, usageText);
  }

  let values: Flags;
  try {
    values = parseFlags(command, rest);
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error), commandHelp[command]);
  }
  if (values.help) {
    output.write(commandHelp[command]);
    return exitCodes.success;
  }
  const style = detectTerminalStyle(output, environment);
  if (command === 'doctor') {
    return doctorExitCode(await runDoctor({ ping: values.ping, output, style }));
  }
  const results = await runDemo({ live: values.live, only: values.only?.split(',').map((id) => id.trim()), output, style });
  const failed = results.filter((result) => result.status === 'failed');
  if (failed.length > 0) {
    output.write(`\n${paint('demo failed', 'red', style)} for ${failed.map((result) => result.name).join(', ')}\n`);
    return exitCodes.failure;
  }
  if (results.every((result) => result.status === 'skipped')) {
    output.write('\nnothing ran: set at least one provider key for --live (conduit doctor shows which)\n');
    return exitCodes.failure;
  }
  return exitCodes.success;
}
