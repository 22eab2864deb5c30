import { scanCsv } from '../../core/format/scanCsv';
import { scanJson } from '../../core/format/scanJson';
import type { ScanReport } from '../../core/format/scanJson';
import { scanMarkdown } from '../../core/format/scanMarkdown';

/** Export formats of the workspace report. */
export const REPORT_FORMATS = ['markdown', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report as text in `format`, with the same formatters as `llm-cost scan`. */
export function renderReport(format: ReportFormat, report: ScanReport): string {
  switch (format) {
    case 'markdown': return scanMarkdown(report);
    case 'csv': return scanCsv(report);
    case 'json': return JSON.stringify(scanJson(report), null, 2) + '\n';
  }
}
