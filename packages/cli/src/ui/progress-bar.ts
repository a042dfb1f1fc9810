/** Renders `[#####.....]  42%  label` for a fraction in [0, 1]. */
export function renderProgressBar(fraction: number, label: string, width = 24): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.round(clamped * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(clamped * 100)).padStart(3)}%  ${label}`;
}

/** A progress line that rewrites itself on a TTY and prints only milestones (every 25 %) otherwise. */
export function createProgressLine(
  stream: NodeJS.WriteStream,
  prefix: string,
): { update(fraction: number, label: string): void; done(label: string): void } {
  let lastQuarter = -1;
  return {
    update(fraction, label) {
      if (stream.isTTY) {
        stream.write(`\r${prefix} ${renderProgressBar(fraction, label)}\u001b[K`);
        return;
      }
      const quarter = Math.floor(Math.min(1, fraction) * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        stream.write(`${prefix} ${renderProgressBar(fraction, label)}\n`);
      }
    },
    done(label) {
      stream.write(`${stream.isTTY ? '\r' : ''}${prefix} ${renderProgressBar(1, label)}${stream.isTTY ? '\u001b[K' : ''}\n`);
    },
  };
}
