/** The scan as CSV (RFC 4180): one row per call and offer, the current offer first. */
import type { ScanReport } from './scanJson';

const HEADER = ['file', 'cell', 'line', 'column', 'language', 'family', 'model', 'provider', 'stream', 'offer_provider', 'offer_model',
  'current', 'hardware', 'currency', 'per_call_low', 'per_call_typical', 'per_call_high', 'monthly', 'window', 'stale', 'source', 'as_of'];

/** The whole report as CSV text. */
export function scanCsv(report: ScanReport): string {
  const rows: unknown[][] = [HEADER];
  for (const e of report.estimates) {
    const c = e.call;
    const base = [c.file, c.cell ?? '', c.line, c.column, c.language, c.family, c.model ?? '', c.provider, c.stream];
    if (e.offers.length === 0) rows.push([...base, ...HEADER.slice(base.length).map(() => '')]);
    for (const o of e.offers) {
      rows.push([...base, o.provider, o.model, o.current, o.hardware, o.currency, o.perCall?.low ?? '', o.perCall?.typical ?? '',
        o.perCall?.high ?? '', o.monthly ?? '', o.window ?? '', o.stale, o.source, o.asOf]);
    }
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  // Text from scanned code must not run as a spreadsheet formula (CSV injection).
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
