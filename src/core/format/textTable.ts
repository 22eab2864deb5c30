/** Plain-text tables with aligned columns, for the terminal. */

/** Column alignment. */
export type Align = 'left' | 'right';

/**
 * Lays out rows under a header with two spaces between columns. Width is measured in code points,
 * so `¥` and `−` line up.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (align[i] === 'right' ? pad(c, widths[i], true) : i === cells.length - 1 ? c : pad(c, widths[i], false)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return left ? fill + text : text + fill;
}
