import { paint } from './paint.js';
import type { TerminalStyle } from './terminal-style.js';

/** Renders `[#####.....]  42%  label` for a fraction in [0, 1]. */
export function renderProgressBar(fraction: number, label: string, width = 24): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.round(clamped * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(clamped * 100)).padStart(3)}%  ${label}`;
}

/**
 * A progress line: with `style.progress` a bar that rewrites itself in place; without it (a pipe, a
 * file, `NO_COLOR`) nothing until `done`, which prints one plain line.
 */
export function createProgressLine(
  stream: NodeJS.WritableStream,
  prefix: string,
  style: TerminalStyle,
): { update(fraction: number, label: string): void; done(label: string): void } {
  return {
    update(fraction, label) {
      if (style.progress) {
        stream.write(`\r${prefix} ${renderProgressBar(fraction, label)}\u001b[K`);
      }
    },
    done(label) {
      if (style.progress) {
        stream.write(`\r${prefix} ${renderProgressBar(1, label)}\u001b[K\n`);
        return;
      }
      stream.write(`${prefix} ${paint('done', 'green', style)}  ${label}\n`);
    },
  };
}
