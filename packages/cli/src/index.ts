/**
 * @module
 * `@conduit/cli`: the `conduit` command (`demo`, `doctor`) and its functions for programmatic use.
 */
export { exitCodes } from './cli-help.js';
export { type DemoOptions, type DemoResult, runDemo } from './commands/demo.js';
export { type DoctorFinding, type DoctorOptions, doctorExitCode, runDoctor } from './commands/doctor.js';
export { type CliIO, runCli } from './run-cli.js';
export { detectTerminalStyle, plainStyle, type TerminalStyle } from './ui/terminal-style.js';
export { VERSION } from './version.js';
