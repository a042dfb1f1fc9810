import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/ui/render-table.js';

describe('renderTable', () => {
  it('aligns columns and right-aligns numbers', () => {
    expect(
      renderTable(
        ['name', 'n'],
        [
          ['a', 1],
          ['bbb', 22],
        ],
      ),
    ).toBe('name   n\n----  --\na      1\nbbb   22');
  });
  it('decorates padded body cells without skewing the columns', () => {
    const table = renderTable(['status', 'n'], [['ok', 1]], (padded, cell, column) =>
      column === 0 && cell === 'ok' ? `<${padded}>` : padded,
    );
    expect(table.split('\n')).toEqual(['status  n', '------  -', '<ok    >  1']);
  });
});
