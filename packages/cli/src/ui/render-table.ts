/**
 * Renders rows as a plain-text table with a header rule; numbers are right-aligned. `decorate` may
 * wrap a padded cell (in colour, say) after widths are computed, so escape codes never skew columns.
 */
export function renderTable(
  header: string[],
  rows: Array<Array<string | number>>,
  decorate: (padded: string, cell: string, column: number) => string = (padded) => padded,
): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] === 'number'));
  const pad = (cell: string, column: number) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0));
  const line = (row: string[], decorated: boolean) =>
    row
      .map((cell, column) => (decorated ? decorate(pad(cell, column), cell, column) : pad(cell, column)))
      .join('  ')
      .trimEnd();
  return [line(header, false), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map((row) => line(row, true))].join(
    '\n',
  );
}
