import type { TerminalStyle } from './terminal-style.js';

const codes = { red: [31, 39], green: [32, 39], yellow: [33, 39], bold: [1, 22], dim: [2, 22] } as const;

/** A colour or weight `paint` can apply. */
export type Paint = keyof typeof codes;

/** Wraps `text` in the ANSI codes of `paint` when `style.color` allows it; returns it unchanged otherwise. */
export function paint(text: string, how: Paint, style: TerminalStyle): string {
  if (!style.color) {
    return text;
  }
  const [open, close] = codes[how];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** The paint of a status word in the demo and doctor tables, if any. */
export function statusPaint(status: string): Paint | undefined {
  if (status === 'ok') {
    return 'green';
  }
  if (status === 'failed' || status === 'invalid' || status === 'unreachable') {
    return 'red';
  }
  return status === 'skipped' || status === 'not set' ? 'yellow' : undefined;
}
