import { describe, expect, it } from 'vitest';
import { detectTerminalStyle } from '../../src/ui/terminal-style.js';

describe('detectTerminalStyle', () => {
  it('turns colours and progress bars on for an interactive terminal', () => {
    expect(detectTerminalStyle({ isTTY: true }, {})).toEqual({ color: true, progress: true });
  });
  it.each([
    ['a pipe or file (not a TTY)', { isTTY: false }, {}],
    ['an unknown stream', {}, {}],
    ['NO_COLOR=1 on a terminal', { isTTY: true }, { NO_COLOR: '1' }],
    ['TERM=dumb', { isTTY: true }, { TERM: 'dumb' }],
  ])('turns both off for %s', (_, stream, environment) => {
    expect(detectTerminalStyle(stream, environment)).toEqual({ color: false, progress: false });
  });
  it('ignores an empty NO_COLOR, as no-color.org specifies', () => {
    expect(detectTerminalStyle({ isTTY: true }, { NO_COLOR: '' })).toEqual({ color: true, progress: true });
  });
});
