// Entry for runtimes with a command line (Bun, Deno, and Node for debugging): the config arrives as
// base64 JSON in the first argument; the report goes to stdout as one line after a marker.
import { allCases } from './all-cases.mjs';
import { runCases } from './run-cases.mjs';

const argument = globalThis.Deno?.args[0] ?? globalThis.process?.argv[2] ?? '';
const config = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(argument), (character) => character.charCodeAt(0))));
const report = await runCases(config.runtime, allCases(config), (line) => console.log(line));
console.log(`CONDUIT_REPORT ${JSON.stringify(report)}`);
