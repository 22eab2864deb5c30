/**
 * `llm-cost scan` run in-process through the CLI's entry point (main), against the sample
 * workspace (13 known calls, test/fixtures/sample-workspace/expected.json) and small temp trees:
 * the table, the documented JSON contract, Markdown and CSV, CNY prices, --at, --stats, the
 * usage errors and their exit code, --help, an empty folder and a cancelled scan.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ExitCode, UsageError } from '../../../src/cli/cliIo';
import { runScanCommand } from '../../../src/cli/scanCommand';
import { FAMILIES, PROVIDERS } from '../../../src/core/model';
import { captureIo } from '../../support/captureIo';
import { TEST_CACHE_DIR } from '../../support/isolatedCacheDir';
import { tempTree } from '../../support/tempTree';

const SAMPLE = path.resolve(__dirname, '../../fixtures/sample-workspace');
const AT = '2026-08-18T02:00:00Z';
const LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'];

interface ExpectedCall {
  file: string;
  line: number;
  column: number;
  family: string;
  model: string;
  provider: string;
}
const EXPECTED: ExpectedCall[] = (JSON.parse(fs.readFileSync(path.join(SAMPLE, 'expected.json'), 'utf8')) as { calls: ExpectedCall[] }).calls;

interface JsonEstimate {
  provider: string;
  model: string;
  current: boolean;
  currency: string;
  perCall: { low: number; typical: number; high: number } | null;
  monthly: number | null;
  window: string | null;
  source: string;
  asOf: string;
  stale: boolean;
  notes: string[];
  label: string;
  hardware: string;
}
interface JsonCall {
  file: string;
  cell?: number;
  line: number;
  column: number;
  language: string;
  family: string;
  model: string | null;
  provider: string;
  stream: boolean;
  estimates: JsonEstimate[];
  cheapest: { offerId: string; savingPercent: number | null } | null;
}
interface JsonReport {
  calls: JsonCall[];
  root: string;
  currency: string;
  pricedAt: string;
  skipped: Array<{ file: string; reason: string }>;
  stats?: { filesSeen: number; filesParsed: number; skipped: number; ms: number };
}

/**
 * Runs `llm-cost scan …` and captures what it writes. (In-process through runScanCommand: main()
 * loads the command with a dynamic import(), which mocha's tsx/cjs hook cannot resolve.)
 */
async function scan(args: string[], signal = new AbortController().signal): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await runScanCommand(args, io, signal);
  return { code, out: io.stdout.join(''), err: io.stderr.join('') };
}

/** Runs `llm-cost scan …`, which must fail with a usage error of this message before writing anything. */
async function usageError(args: string[], message: string | RegExp): Promise<void> {
  const io = captureIo();
  await assert.rejects(runScanCommand(args, io, new AbortController().signal), (err: unknown) => {
    assert.ok(err instanceof UsageError, String(err));
    if (typeof message === 'string') assert.equal(err.message, message);
    else assert.match(err.message, message);
    return true;
  });
  assert.equal(io.all(), '');
}

async function scanJson(args: string[]): Promise<JsonReport> {
  const r = await scan([...args, '--format', 'json']);
  assert.equal(r.code, ExitCode.ok, r.err);
  return JSON.parse(r.out) as JsonReport;
}

/** `file:line:column`, as the table and Markdown name a call. */
function location(c: { file: string; line: number; column: number }): string {
  return `${c.file}:${c.line}:${c.column}`;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  assert.equal(field + row.join(''), '', 'CSV must end with CRLF');
  return rows;
}


const PY_CALL = `from openai import OpenAI

client = OpenAI(base_url="https://api.deepseek.com", api_key="x")
resp = client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": "hi"}])
`;

describe('cli/scanCommand (llm-cost scan, in-process)', function () {
  this.timeout(60_000);
  let sample: JsonReport;

  before(async () => {
    sample = await scanJson([SAMPLE, '--at', AT]);
  });

  it('finds exactly the 13 calls of the sample workspace, not those in build/ or node_modules/', () => {
    assert.equal(sample.calls.length, 13);
    const found = sample.calls.map((c) => [c.file, c.line, c.column, c.family, c.model, c.provider]);
    const expected = EXPECTED.map((c) => [c.file, c.line, c.column, c.family, c.model, c.provider]);
    assert.deepEqual([...found].sort(), [...expected].sort());
    assert.deepEqual(found.map((c) => c[0]), [...found.map((c) => c[0] as string)].sort((a, b) => a.localeCompare(b)));
    assert.ok(sample.calls.every((c) => !c.file.startsWith('build/') && !c.file.includes('node_modules')));
  });

  it('--format json follows the documented contract, every field of every call typed as documented', () => {
    assert.deepEqual(Object.keys(sample), ['calls', 'root', 'currency', 'pricedAt', 'skipped']);
    assert.equal(sample.root, SAMPLE);
    assert.equal(sample.currency, 'USD');
    assert.equal(sample.pricedAt, '2026-08-18T02:00:00.000Z');
    assert.deepEqual(sample.skipped, []);
    for (const c of sample.calls) {
      const at = location(c);
      assert.deepEqual(Object.keys(c).slice(0, 9), ['file', 'line', 'column', 'language', 'family', 'model', 'provider', 'stream', 'estimates'], at);
      assert.equal(typeof c.file, 'string');
      assert.ok(!path.isAbsolute(c.file) && !c.file.startsWith('..') && !c.file.includes('\\'), `${at}: not relative to the root`);
      assert.ok(fs.statSync(path.join(SAMPLE, c.file)).isFile(), `${at}: not a file under the root`);
      assert.ok(Number.isInteger(c.line) && c.line >= 1, at);
      assert.ok(Number.isInteger(c.column) && c.column >= 1, at);
      assert.ok(LANGUAGES.includes(c.language), `${at}: language ${c.language}`);
      assert.ok((FAMILIES as readonly string[]).includes(c.family), `${at}: family ${c.family}`);
      assert.ok(c.model === null || (typeof c.model === 'string' && c.model !== ''), at);
      assert.ok((PROVIDERS as readonly string[]).includes(c.provider), `${at}: provider ${c.provider}`);
      assert.equal(typeof c.stream, 'boolean', at);
      assert.ok(Array.isArray(c.estimates), at);
      c.estimates.forEach((e, i) => {
        const where = `${at} estimate ${i}`;
        assert.ok((PROVIDERS as readonly string[]).includes(e.provider), where);
        assert.ok(typeof e.model === 'string' && e.model !== '', where);
        assert.equal(typeof e.current, 'boolean', where);
        if (e.current) assert.deepEqual([i, e.provider], [0, c.provider], `${where}: the current offer comes first`);
        if (e.perCall !== null) {
          const { low, typical, high } = e.perCall;
          assert.ok([low, typical, high].every((n) => typeof n === 'number' && n >= 0) && low <= typical && typical <= high, where);
        }
        assert.ok(e.monthly === null || (typeof e.monthly === 'number' && e.monthly >= 0), where);
        assert.ok(e.window === null || typeof e.window === 'string', where);
        assert.ok(typeof e.source === 'string' && e.source !== '', where);
        assert.match(e.asOf, /^\d{4}-\d{2}-\d{2}$/, where);
        assert.equal(typeof e.stale, 'boolean', where);
        assert.equal(e.currency, 'USD', where);
      });
    }
    // A known call: gpt-4o on OpenAI, priced on its own host first, then compared.
    const gpt4o = sample.calls.find((c) => location(c) === 'src/supportAssistant.ts:27:59')!;
    assert.deepEqual([gpt4o.language, gpt4o.family, gpt4o.model, gpt4o.provider, gpt4o.stream], ['typescript', 'openai-chat', 'gpt-4o', 'openai', false]);
    assert.deepEqual([gpt4o.estimates[0].provider, gpt4o.estimates[0].model, gpt4o.estimates[0].current], ['openai', 'gpt-4o', true]);
    assert.ok(gpt4o.estimates.length > 1);
    // The DeepSeek call is priced in its peak/off-peak window.
    const deepseek = sample.calls.find((c) => location(c) === 'src/supportAssistant.ts:40:61')!;
    assert.equal(deepseek.estimates[0].current, true);
    assert.equal(typeof deepseek.estimates[0].window, 'string');
  });

  it('prints a table naming every call with its file and the cheapest comparable offer', async () => {
    const r = await scan([SAMPLE, '--at', AT]);
    assert.equal(r.code, ExitCode.ok, r.err);
    assert.equal(r.err, '');
    const lines = r.out.split('\n');
    assert.match(lines[0], /^Call\s+Family\s+Model\s+Provider\s+Per call\s+Per month\s+Saving\s+Cheapest comparable$/);
    for (const c of sample.calls) {
      const row = lines.find((l) => l.startsWith(location(c) + ' '));
      assert.ok(row, `no row for ${location(c)}`);
      assert.ok(row.includes(c.family) && row.includes(c.model!) && row.includes(c.provider), row);
      const cheapest = c.estimates.find((e) => `${e.provider}/${e.model}` === c.cheapest?.offerId);
      if (cheapest && (c.cheapest?.savingPercent ?? 0) >= 0.5) assert.ok(row.includes(cheapest.label), `${row} lacks ${cheapest.label}`);
    }
    const gpt4o = lines.find((l) => l.startsWith('src/supportAssistant.ts:27:59 '))!;
    assert.match(gpt4o, /\$0\.0051\s+\$765\s+−\d+%\s+\S.* \$0\.\d+$/);
    assert.ok(lines.some((l) => /^13 call\(s\): \$[\d.]+k?\/month as written; \$[\d.]+k?\/month on the cheapest comparable offers/.test(l)), r.out);
    assert.ok(r.out.includes('Prices in USD at 2026-08-18T02:00:00.000Z'));
  });

  it('--format markdown prints a heading, one escaped table row per call and the notes', async () => {
    const r = await scan([SAMPLE, '--at', AT, '--format', 'markdown']);
    assert.equal(r.code, ExitCode.ok, r.err);
    assert.ok(r.out.startsWith('# LLM calls and their cost\n'));
    assert.ok(r.out.includes('| Call | Family | Model | Provider | Per call | Per month | Cheapest comparable | Saving |\n|---|---|---|---|---:|---:|---|---:|\n'));
    const rows = r.out.split('\n').filter((l) => /^\| (src|worker)\//.test(l));
    assert.equal(rows.length, 13);
    // Underscores in file names are escaped so that Markdown shows them literally.
    assert.ok(rows.some((l) => l.startsWith('| worker/nightly\\_digest.py:22:45 | openai-chat | deepseek-ai/DeepSeek-V3.2 | siliconflow-cn | ')), rows.join('\n'));
    assert.ok(rows.some((l) => l.startsWith('| src/supportAssistant.ts:27:59 | openai-chat | gpt-4o | openai | $0.0051 | $765 | ')));
    assert.match(r.out, /\n## Notes\n\n- src\/crmSummary\.ts:14:47: Model "gpt-4o-mini" on azure-foundry is not in the price catalog/);
  });

  it('--format csv prints the header and one properly quoted row per call and offer', async () => {
    const r = await scan([SAMPLE, '--at', AT, '--format', 'csv']);
    assert.equal(r.code, ExitCode.ok, r.err);
    const rows = parseCsv(r.out);
    assert.deepEqual(rows[0], ['file', 'cell', 'line', 'column', 'language', 'family', 'model', 'provider', 'stream', 'offer_provider', 'offer_model',
      'current', 'hardware', 'currency', 'per_call_low', 'per_call_typical', 'per_call_high', 'monthly', 'window', 'stale', 'source', 'as_of']);
    assert.ok(rows.every((row) => row.length === 22));
    // A call without any offer (the embeddings call) still has its row.
    assert.equal(rows.length - 1, sample.calls.reduce((n, c) => n + Math.max(1, c.estimates.length), 0));
    const embeddings = rows.filter((row) => row[0] === 'worker/faq_index.py');
    assert.deepEqual(embeddings.map((row) => row.slice(0, 10)), [['worker/faq_index.py', '', '15', '32', 'python', 'openai-embeddings', 'text-embedding-3-small', 'openai', 'false', '']]);
    const gpt4o = rows.find((row) => row[0] === 'src/supportAssistant.ts' && row[2] === '27' && row[11] === 'true')!;
    const offer = sample.calls.find((c) => location(c) === 'src/supportAssistant.ts:27:59')!.estimates[0];
    assert.deepEqual(gpt4o.slice(0, 14), ['src/supportAssistant.ts', '', '27', '59', 'typescript', 'openai-chat', 'gpt-4o', 'openai', 'false', 'openai', 'gpt-4o', 'true', offer.hardware, 'USD']);
    assert.equal(Number(gpt4o[15]), offer.perCall!.typical);
    assert.equal(gpt4o[20], offer.source);
    // Sources hold commas, so they are quoted in the raw text.
    assert.ok(offer.source.includes(','));
    assert.ok(r.out.includes(`,"${offer.source.replace(/"/g, '""')}",${offer.asOf}\r\n`));
  });

  it('--format csv quotes commas and quotes from scanned code and defuses spreadsheet formulas', async () => {
    const root = tempTree({
      'a,b.py': `from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model='=HYPERLINK("http://x")', messages=[])\n`,
    });
    const r = await scan([root, '--format', 'csv', '--at', AT]);
    assert.equal(r.code, ExitCode.ok, r.err);
    assert.ok(r.out.includes('\r\n"a,b.py",,3,'), r.out);
    assert.ok(r.out.includes(`,"'=HYPERLINK(""http://x"")",openai,`), r.out);
    const rows = parseCsv(r.out);
    assert.deepEqual(rows.slice(1).map((row) => [row[0], row[6]]), [['a,b.py', `'=HYPERLINK("http://x")`]]);
  });

  it('--currency CNY prices every offer in CNY, converting USD prices at --fx-rate and using DeepSeek\'s own CNY list', async () => {
    const cny = await scanJson([SAMPLE, '--at', AT, '--currency', 'CNY', '--fx-rate', '7']);
    assert.equal(cny.currency, 'CNY');
    assert.equal(cny.calls.length, 13);
    assert.ok(cny.calls.every((c) => c.estimates.every((e) => e.currency === 'CNY')));
    const current = (report: JsonReport, at: string) => report.calls.find((c) => location(c) === at)!.estimates[0];
    const gpt4oUsd = current(sample, 'src/supportAssistant.ts:27:59');
    const gpt4oCny = current(cny, 'src/supportAssistant.ts:27:59');
    assert.ok(Math.abs(gpt4oCny.perCall!.typical - 7 * gpt4oUsd.perCall!.typical) < 1e-12, `${gpt4oCny.perCall!.typical}`);
    assert.ok(gpt4oCny.notes.some((n) => n.startsWith('converted from USD at 7 CNY per USD')), gpt4oCny.notes.join('; '));
    const dsUsd = current(sample, 'src/supportAssistant.ts:40:61');
    const dsCny = current(cny, 'src/supportAssistant.ts:40:61');
    assert.equal(dsCny.provider, 'deepseek');
    assert.ok(!dsCny.notes.some((n) => n.startsWith('converted')), dsCny.notes.join('; '));
    assert.ok(Math.abs(dsCny.perCall!.typical - 7 * dsUsd.perCall!.typical) > 1e-6, 'DeepSeek was converted, not priced from its CNY list');

    const table = await scan([SAMPLE, '--at', AT, '--currency', 'cny']);
    assert.equal(table.code, ExitCode.ok, table.err);
    assert.match(table.out, /src\/supportAssistant\.ts:27:59 .* ¥0\.0\d+ /);
    assert.ok(table.out.includes('Prices in CNY at 2026-08-18T02:00:00.000Z'));
    assert.ok(!table.out.includes('$'));
  });

  it('--at echoes the time the prices are taken at; a bare date is midnight UTC', async () => {
    const root = tempTree({ 'app.py': PY_CALL });
    assert.equal((await scanJson([root, '--at', '2026-03-02T10:15:00+08:00'])).pricedAt, '2026-03-02T02:15:00.000Z');
    assert.equal((await scanJson([root, '--at', '2026-03-02'])).pricedAt, '2026-03-02T00:00:00.000Z');
  });

  it('an invalid --at is a usage error that says what is expected', async () => {
    await usageError([SAMPLE, '--at', 'yesterday'], '--at must be an ISO-8601 time such as 2026-08-18T02:30:00Z (got "yesterday").');
    await usageError([SAMPLE, '--at', '2026-02-30T99:00:00Z'], /^--at /);
  });

  it('--stats adds files seen and parsed, skipped files and the time taken', async () => {
    const withStats = await scanJson([SAMPLE, '--at', AT, '--stats']);
    assert.deepEqual(Object.keys(withStats), ['calls', 'root', 'currency', 'pricedAt', 'skipped', 'stats']);
    const { filesSeen, filesParsed, skipped, ms } = withStats.stats!;
    // 7 .ts files in src/ and 5 .py files in worker/; 9 of them hold the calls.
    assert.deepEqual([filesSeen, filesParsed, skipped], [12, 9, 0]);
    assert.ok(Number.isInteger(ms) && ms >= 0, String(ms));
    assert.equal(sample.stats, undefined);

    const root = tempTree({ 'app.py': PY_CALL, 'huge.ts': '// x\n'.repeat(120_000) });
    const small = await scanJson([root, '--stats']);
    assert.deepEqual([small.stats!.filesSeen, small.stats!.filesParsed, small.stats!.skipped], [2, 1, 1]);
    assert.equal(small.skipped[0].file, 'huge.ts');
    assert.match(small.skipped[0].reason, /512 KB limit/);
  });

  it('a path that does not exist is a usage error; one missing among others is a note', async () => {
    const root = tempTree({ 'app.py': PY_CALL });
    const missing = path.join(root, 'nope');
    await usageError([missing], `no such file or folder: ${missing}`);

    const partly = await scanJson([path.join(root, 'app.py'), missing]);
    assert.deepEqual(partly.calls.map((c) => [c.file, c.provider]), [['app.py', 'deepseek']]);
    assert.equal(partly.skipped.length, 1);
    assert.match(partly.skipped[0].file, /nope$/);
    assert.match(partly.skipped[0].reason, /ENOENT/);
  });

  it('an unknown option or a bad --format is a usage error naming it', async () => {
    await usageError([SAMPLE, '--bogus'], /^Unknown option '--bogus'.*\(see llm-cost scan --help\)$/s);
    await usageError([SAMPLE, '--format', 'xml'], '--format must be one of table, json, markdown, csv (got "xml").');
    await usageError([SAMPLE, '--currency', 'EUR'], '--currency must be one of USD, CNY (got "EUR").');
  });

  it('--help and -h print the options and exit 0 without scanning', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await scan([flag]);
      assert.equal(r.code, ExitCode.ok);
      assert.equal(r.err, '');
      assert.ok(r.out.startsWith('llm-cost scan [paths…] [options]\n'), r.out);
      for (const option of ['--format table|json|markdown|csv', '--currency USD|CNY', '--at ISO-time', '--calls-per-day N', '--fx-rate N', '--stats']) {
        assert.ok(r.out.includes(option), option);
      }
    }
  });

  it('an empty folder gives "No LLM API calls found." and exit 0; JSON has no calls', async () => {
    const root = tempTree({});
    const r = await scan([root]);
    assert.equal(r.code, ExitCode.ok, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /^No LLM API calls found\.\n\nPrices in USD at /);
    const json = await scanJson([root]);
    assert.deepEqual([json.calls, json.skipped, json.root], [[], [], root]);
  });

  it('scans the current folder when no path is given', async () => {
    const root = tempTree({ 'svc/app.py': PY_CALL });
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const json = await scanJson([]);
      assert.equal(json.root, root);
      assert.deepEqual(json.calls.map(location), ['svc/app.py:4:32']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('reports files relative to the common ancestor of several folders', async () => {
    const root = tempTree({ 'a/one/x.py': PY_CALL, 'b/two/y.py': PY_CALL });
    const json = await scanJson([path.join(root, 'a/one'), path.join(root, 'b/two')]);
    assert.equal(json.root, root);
    assert.deepEqual(json.calls.map((c) => c.file), ['a/one/x.py', 'b/two/y.py']);
  });

  it('a notebook call carries its cell index right after the file', async () => {
    const notebook = JSON.stringify({
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Demo\n'] },
        { cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: PY_CALL.split(/(?<=\n)/) },
      ],
      metadata: { kernelspec: { name: 'python3', language: 'python', display_name: 'Python 3' } },
      nbformat: 4,
      nbformat_minor: 5,
    });
    const json = await scanJson([tempTree({ 'demo.ipynb': notebook })]);
    assert.equal(json.calls.length, 1);
    assert.deepEqual(Object.keys(json.calls[0]).slice(0, 4), ['file', 'cell', 'line', 'column']);
    assert.deepEqual([json.calls[0].file, json.calls[0].cell, json.calls[0].line, json.calls[0].column], ['demo.ipynb', 1, 4, 32]);
  });

  it('a scan cancelled before it starts prints what it has, says so and exits 130', async () => {
    const r = await scan([SAMPLE], AbortSignal.abort());
    assert.equal(r.code, ExitCode.cancelled);
    assert.match(r.out, /^No LLM API calls found\./);
    assert.equal(r.err, 'llm-cost: scan cancelled; the results above are partial.\n');
  });
});

/** The built CLI (dist/cli.js) turns a usage error into `llm-cost: <message>` on stderr and exit code 2. */
describe('cli/scanCommand (spawned: node dist/cli.js scan)', function () {
  this.timeout(60_000);
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  before(function () {
    if (!fs.existsSync(cli)) this.skip();
  });
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'scan', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, LLM_COST_CACHE_DIR: TEST_CACHE_DIR } });

  it('exits 2 with the message on stderr for a missing path, an unknown option and a bad --at', () => {
    const missing = path.join(os.tmpdir(), 'llm-cost-no-such-folder-4b1c');
    const cases: Array<[string[], string | RegExp]> = [
      [[missing], `llm-cost: no such file or folder: ${missing}\n`],
      [[SAMPLE, '--bogus'], /^llm-cost: Unknown option '--bogus'.*\n$/s],
      [[SAMPLE, '--at', 'yesterday'], 'llm-cost: --at must be an ISO-8601 time such as 2026-08-18T02:30:00Z (got "yesterday").\n'],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      assert.equal(r.status, ExitCode.usage, args.join(' '));
      assert.equal(r.stdout, '');
      if (typeof message === 'string') assert.equal(r.stderr, message);
      else assert.match(r.stderr, message);
    }
  });

  it('exits 0 for --help and for a scan of the sample workspace', () => {
    const help = run('--help');
    assert.equal(help.status, ExitCode.ok, help.stderr);
    assert.ok(help.stdout.startsWith('llm-cost scan [paths…] [options]'));
    const r = run(SAMPLE, '--format', 'json');
    assert.equal(r.status, ExitCode.ok, r.stderr);
    assert.equal((JSON.parse(r.stdout) as JsonReport).calls.length, 13);
  });
});
