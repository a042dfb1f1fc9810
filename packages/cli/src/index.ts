/**
 * @module
 * `@conduit/cli`: the `conduit` command (`demo`, `doctor`) and its functions for programmatic use.
 */
export { type DemoOptions, type DemoResult, runDemo } from './commands/demo.js';
export { type DoctorFinding, type DoctorOptions, doctorExitCode, runDoctor } from './commands/doctor.js';
export { runCli } from './run-cli.js';
