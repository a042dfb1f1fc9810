import { redact } from '../redaction/redact.js';

/** A debug sink; every line passes through `redact()` first. */
export type DebugLogger = ((line: string) => void) | undefined;

export function createDebugLogger(option: boolean | ((line: string) => void) | undefined, provider: string): DebugLogger {
  if (!option) {
    return undefined;
  }
  // biome-ignore lint/suspicious/noConsole: the opt-in debug sink is the console.
  const sink = option === true ? (line: string) => console.debug(line) : option;
  return (line) => sink(redact(`[conduit:${provider}] ${line}`));
}
