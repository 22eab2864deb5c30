import * as assert from 'node:assert/strict';
import { scanCsv } from '../../../src/core/format/scanCsv';
import { scanMarkdown } from '../../../src/core/format/scanMarkdown';
import type { ScanReport } from '../../../src/core/format/scanJson';
import type { CallEstimate } from '../../../src/core/estimate/estimateTypes';
import type { DetectedCall } from '../../../src/core/model';

const call: DetectedCall = {
  file: 'src/x_y.ts', line: 3, column: 5, endLine: 3, endColumn: 11, language: 'typescript', family: 'openai-chat',
  callee: 'client.chat.completions.create', model: '=HYPERLINK("http://evil")', provider: 'openai', providerEvidence: 'family default',
  baseUrl: null, stream: false, maxTokens: null, reasoningEffort: null, prompt: { text: '', knowledge: 'unknown', messages: [] }, directive: null,
};
const estimate: CallEstimate = { call, callsPerDay: 1, current: null, cheapest: null, savingPercent: null, offers: [], problems: ['see [here](http://evil) <b>x</b>'] };
const report: ScanReport = { root: '/r', currency: 'USD', pricedAt: '2026-11-29T00:00:00.000Z', estimates: [estimate], skipped: [] };

describe('scan exports of text taken from scanned code', () => {
  it('CSV: a value that starts like a formula is quoted so spreadsheets do not run it', () => {
    const csv = scanCsv(report);
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil"")"`), csv);
    assert.ok(!/(^|,)=HYPERLINK/m.test(csv));
  });

  it('Markdown: links, HTML and emphasis from the code are shown literally', () => {
    const md = scanMarkdown(report);
    assert.ok(md.includes('\\[here\\](http://evil) \\<b\\>x\\</b\\>'), md);
    assert.ok(md.includes('src/x\\_y.ts:3:5'), md);
  });
});
