/**
 * Levenshtein distance between two strings (insert, delete, substitute each cost 1), by UTF-16 code
 * unit. With `max`, a distance above it is not worked out: any number above `max` is returned.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // One row of the table, updated in place: `diagonal` holds the previous row's value at j - 1.
  const row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    let diagonal = row[0]!;
    let rowMin = (row[0] = i);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      let best = diagonal + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (above + 1 < best) best = above + 1;
      if (row[j - 1]! + 1 < best) best = row[j - 1]! + 1;
      row[j] = best;
      if (best < rowMin) rowMin = best;
      diagonal = above;
    }
    // A row's minimum never decreases further down the table.
    if (rowMin > max) return max + 1;
  }
  return row[b.length]!;
}
