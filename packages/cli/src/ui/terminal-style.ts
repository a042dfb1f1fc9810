/** How the CLI may decorate its output. */
export interface TerminalStyle {
  /** ANSI colours on status words and failures. */
  readonly color: boolean;
  /** A progress bar that rewrites its line; off, only each workflow's final line is printed. */
  readonly progress: boolean;
}

/** Plain output: no colour, no progress bar (what pipes, files, CI logs and `NO_COLOR` get). */
export const plainStyle: TerminalStyle = { color: false, progress: false };

/**
 * Decides the style for `stream`: colours and progress bars only on an interactive terminal (a TTY
 * whose `TERM` is not `dumb`), and never when `NO_COLOR` is set to a non-empty value
 * (https://no-color.org).
 */
export function detectTerminalStyle(
  stream: { readonly isTTY?: boolean | undefined },
  environment: Readonly<Record<string, string | undefined>> = process.env,
): TerminalStyle {
  const interactive = stream.isTTY === true && environment.TERM !== 'dumb';
  const noColor = (environment.NO_COLOR ?? '') !== '';
  return interactive && !noColor ? { color: true, progress: true } : plainStyle;
}
