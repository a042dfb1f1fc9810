import { describe, expect, it } from 'vitest';
import { createProgressLine, renderProgressBar } from '../../src/ui/progress-bar.js';
import { plainStyle } from '../../src/ui/terminal-style.js';
import { capture } from '../helpers/capture.js';

describe('createProgressLine', () => {
  it('rewrites one line in place when progress is on', () => {
    const output = capture({ isTTY: true });
    const line = createProgressLine(output.stream, 'HesedVid', { color: true, progress: true });
    line.update(0.5, 'uploading');
    line.done('uploaded');
    expect(output.text()).toBe(
      `\rHesedVid ${renderProgressBar(0.5, 'uploading')}\u001b[K\rHesedVid ${renderProgressBar(1, 'uploaded')}\u001b[K\n`,
    );
  });

  it('prints no bar, no carriage return and no escape code when progress is off', () => {
    const output = capture();
    const line = createProgressLine(output.stream, 'HesedVid', plainStyle);
    for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
      line.update(fraction, 'uploading');
    }
    line.done('uploaded');
    expect(output.text()).toBe('HesedVid done  uploaded\n');
  });
});

describe('renderProgressBar', () => {
  it('fills in proportion and clamps', () => {
    expect(renderProgressBar(0.5, 'x', 4)).toBe('[##..]  50%  x');
    expect(renderProgressBar(7, 'x', 4)).toBe('[####] 100%  x');
    expect(renderProgressBar(Number.NaN, 'x', 4)).toBe('[....]   0%  x');
  });
});
