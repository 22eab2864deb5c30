/**
 * Detection measured against hand-annotated ground truth: test/fixtures/corpus (realistic files in
 * Python, TS/JS and notebooks, with hard negatives) and the sample workspace that `npm start` scans.
 * Found calls are matched to expected ones by (file, cell, line); the report printed before the
 * assertions lists every miss, false positive and wrong family/model/provider.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectCalls } from '../../../src/core/detect/detect';
import { TreeSitterParsers } from '../../../src/core/detect/treeSitter';
import { FAMILIES } from '../../../src/core/model';
import type { DetectedCall, Directive, Family, ProviderId } from '../../../src/core/model';
import { diskGrammarSource } from '../../../src/node/assets';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const CORPUS = path.join(FIXTURES, 'corpus');
const SAMPLE = path.join(FIXTURES, 'sample-workspace');
const THRESHOLD = 0.95;
/** Per-family thresholds apply only to families with at least this many expected calls. */
const MIN_FAMILY_CALLS = 5;

/** One hand-annotated call site of expected.json. */
interface ExpectedCall {
  readonly file: string;
  readonly cell?: number;
  readonly line: number;
  readonly column: number;
  /** The callee name standing at line:column, e.g. `create`; checks the annotation itself. */
  readonly name: string;
  readonly family: Family;
  readonly model: string | null;
  readonly provider: ProviderId;
  /** Sample workspace only: the directive above the call, or null. */
  readonly directive?: Directive | null;
}

interface Match {
  readonly expected: ExpectedCall;
  readonly found: DetectedCall;
}

interface Evaluation {
  readonly expected: readonly ExpectedCall[];
  readonly found: readonly DetectedCall[];
  readonly matches: readonly Match[];
  readonly misses: readonly ExpectedCall[];
  readonly falsePositives: readonly DetectedCall[];
}

const parsers = new TreeSitterParsers(diskGrammarSource());

function readExpected(root: string): ExpectedCall[] {
  const data = JSON.parse(fs.readFileSync(path.join(root, 'expected.json'), 'utf8')) as { calls: ExpectedCall[] };
  assert.ok(Array.isArray(data.calls) && data.calls.length > 0, `${root}/expected.json has no calls`);
  return data.calls;
}

/** Every file under `root` (relative, with `/`), minus expected.json and the skipped folder names. */
function listFiles(root: string, skipDirs: readonly string[] = []): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDirs.includes(entry.name)) visit(abs);
      } else if (entry.isFile()) {
        out.push(path.relative(root, abs).split(path.sep).join('/'));
      }
    }
  };
  visit(root);
  return out.filter((f) => f !== 'expected.json').sort();
}

interface Detection {
  readonly found: { file: string; call: DetectedCall }[];
  /** Files the detector threw on, with the error; the evaluation goes on without them. */
  readonly crashes: string[];
}

/** Markdown and JSON files go in too: detectCalls must return nothing for what it does not read. */
async function detectAll(root: string, files: readonly string[]): Promise<Detection> {
  const found: { file: string; call: DetectedCall }[] = [];
  const crashes: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    try {
      for (const call of await detectCalls(parsers, file, text)) found.push({ file, call });
    } catch (err) {
      crashes.push(`${file}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }
  return { found, crashes };
}

function siteKey(file: string, cell: number | undefined, line: number): string {
  return `${file}${cell === undefined ? '' : `#${cell}`}:${line}`;
}

function evaluate(expected: readonly ExpectedCall[], found: readonly { file: string; call: DetectedCall }[]): Evaluation {
  const open = new Map<string, ExpectedCall>();
  for (const e of expected) {
    const key = siteKey(e.file, e.cell, e.line);
    assert.ok(!open.has(key), `expected.json lists ${key} twice`);
    open.set(key, e);
  }
  const matches: Match[] = [];
  const falsePositives: DetectedCall[] = [];
  for (const { file, call } of found) {
    const key = siteKey(file, call.cell, call.line);
    const hit = open.get(key);
    if (hit) {
      open.delete(key);
      matches.push({ expected: hit, found: call });
    } else {
      falsePositives.push({ ...call, file });
    }
  }
  return { expected, found: found.map((f) => f.call), matches, misses: [...open.values()], falsePositives };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function where(c: { file: string; cell?: number; line: number }): string {
  return c.cell === undefined ? `${c.file}:${c.line}` : `${c.file}#cell${c.cell}:${c.line}`;
}

interface FamilyRow {
  readonly family: Family;
  readonly expected: number;
  readonly found: number;
  /** Matched pairs where both the annotation and the detector say this family. */
  readonly truePositives: number;
  readonly recall: number;
  readonly precision: number;
}

function familyRows(ev: Evaluation): FamilyRow[] {
  return FAMILIES.map((family) => {
    const expected = ev.expected.filter((e) => e.family === family).length;
    const found = ev.found.filter((f) => f.family === family).length;
    const truePositives = ev.matches.filter((m) => m.expected.family === family && m.found.family === family).length;
    return { family, expected, found, truePositives, recall: ratio(truePositives, expected), precision: ratio(truePositives, found) };
  });
}

function accuracy(ev: Evaluation, same: (m: Match) => boolean): number {
  return ratio(ev.matches.filter(same).length, ev.matches.length);
}

const sameFamily = (m: Match): boolean => m.found.family === m.expected.family;
const sameModel = (m: Match): boolean => m.found.model === m.expected.model;
const sameProvider = (m: Match): boolean => m.found.provider === m.expected.provider;
const sameColumn = (m: Match): boolean => m.found.column === m.expected.column;

function report(title: string, ev: Evaluation): string {
  const lines = [`\n${title}`, '  family               expected  found   TP  recall  precision  model  provider'];
  for (const r of familyRows(ev)) {
    const pairs = ev.matches.filter((m) => m.expected.family === r.family);
    const acc = (same: (m: Match) => boolean): string => (pairs.length ? pct(ratio(pairs.filter(same).length, pairs.length)) : '-');
    const recall = r.expected ? pct(r.recall) : '-';
    const precision = r.found ? pct(r.precision) : '-';
    lines.push(`  ${r.family.padEnd(20)} ${String(r.expected).padStart(8)} ${String(r.found).padStart(6)} ${String(r.truePositives).padStart(4)}`
      + `  ${recall.padStart(6)}  ${precision.padStart(9)}  ${acc(sameModel).padStart(5)}  ${acc(sameProvider).padStart(8)}`);
  }
  lines.push(`  overall: expected ${ev.expected.length}, found ${ev.found.length}, matched ${ev.matches.length}; `
    + `recall ${pct(ratio(ev.matches.length, ev.expected.length))}, precision ${pct(ratio(ev.matches.length, ev.found.length))}; `
    + `on matched calls: family ${pct(accuracy(ev, sameFamily))}, model ${pct(accuracy(ev, sameModel))}, `
    + `provider ${pct(accuracy(ev, sameProvider))}, column ${pct(accuracy(ev, sameColumn))}`);
  for (const e of ev.misses) lines.push(`  MISS      ${where(e)} ${e.family}`);
  for (const f of ev.falsePositives) lines.push(`  FALSE POS ${where(f)} ${f.family} (${f.callee})`);
  for (const m of ev.matches) {
    const e = m.expected;
    const f = m.found;
    if (!sameFamily(m)) lines.push(`  FAMILY    ${where(e)} expected ${e.family}, found ${f.family}`);
    if (!sameModel(m)) lines.push(`  MODEL     ${where(e)} expected ${JSON.stringify(e.model)}, found ${JSON.stringify(f.model)}`);
    if (!sameProvider(m)) lines.push(`  PROVIDER  ${where(e)} expected ${e.provider}, found ${f.provider} (${f.providerEvidence})`);
    if (!sameColumn(m)) lines.push(`  column    ${where(e)} expected ${e.column}, found ${f.column}`);
  }
  return lines.join('\n');
}

/** The annotation's own check: the callee name stands at line:column of the file (or cell). */
function annotationProblems(root: string, calls: readonly ExpectedCall[]): string[] {
  const problems: string[] = [];
  for (const c of calls) {
    let text = fs.readFileSync(path.join(root, c.file), 'utf8');
    if (c.cell !== undefined) {
      const cell = (JSON.parse(text) as { cells: { cell_type: string; source: string | string[] }[] }).cells[c.cell];
      if (cell?.cell_type !== 'code') {
        problems.push(`${where(c)}: not a code cell`);
        continue;
      }
      text = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
    }
    const line = text.split(/\r?\n/)[c.line - 1] ?? '';
    if (!FAMILIES.includes(c.family)) problems.push(`${where(c)}: unknown family ${c.family}`);
    if (line.slice(c.column - 1, c.column - 1 + c.name.length) !== c.name) problems.push(`${where(c)}:${c.column}: no '${c.name}' in: ${line.trim()}`);
  }
  return problems;
}

describe('detection corpus (test/fixtures/corpus)', function () {
  this.timeout(120_000);
  const expected = readExpected(CORPUS);
  let ev: Evaluation;
  let crashes: string[];

  before(async () => {
    const detection = await detectAll(CORPUS, listFiles(CORPUS));
    crashes = detection.crashes;
    ev = evaluate(expected, detection.found);
    console.log(report('Detection corpus', ev));
  });

  it('has ground truth that points at the callee names it claims', () => {
    assert.deepEqual(annotationProblems(CORPUS, expected), []);
  });

  it('reads every file without throwing', () => {
    assert.deepEqual(crashes, []);
  });

  it(`finds >= ${pct(THRESHOLD)} of the annotated calls and reports >= ${pct(THRESHOLD)} real ones`, () => {
    const recall = ratio(ev.matches.length, ev.expected.length);
    const precision = ratio(ev.matches.length, ev.found.length);
    assert.ok(recall >= THRESHOLD, `recall ${pct(recall)}; misses: ${ev.misses.map(where).join(', ')}`);
    assert.ok(precision >= THRESHOLD, `precision ${pct(precision)}; false positives: ${ev.falsePositives.map(where).join(', ')}`);
  });

  it(`reaches >= ${pct(THRESHOLD)} recall and precision in every family with >= ${MIN_FAMILY_CALLS} calls`, () => {
    const weak = familyRows(ev)
      .filter((r) => r.expected >= MIN_FAMILY_CALLS && (r.recall < THRESHOLD || r.precision < THRESHOLD))
      .map((r) => `${r.family} recall ${pct(r.recall)} precision ${pct(r.precision)}`);
    assert.deepEqual(weak, []);
  });

  it(`names the right family, model and provider for >= ${pct(THRESHOLD)} of the matched calls`, () => {
    for (const [what, same] of [['family', sameFamily], ['model', sameModel], ['provider', sameProvider]] as const) {
      const acc = accuracy(ev, same);
      assert.ok(acc >= THRESHOLD, `${what} accuracy ${pct(acc)} (see the report above)`);
    }
  });
});

describe('sample workspace (test/fixtures/sample-workspace)', function () {
  this.timeout(60_000);
  const expected = readExpected(SAMPLE);
  const skipped = ['node_modules', 'build'];
  let ev: Evaluation;

  let crashes: string[];

  before(async () => {
    const detection = await detectAll(SAMPLE, listFiles(SAMPLE, skipped));
    crashes = detection.crashes;
    ev = evaluate(expected, detection.found);
    console.log(report('Sample workspace', ev));
  });

  it('has ground truth that points at the callee names it claims', () => {
    assert.deepEqual(annotationProblems(SAMPLE, expected), []);
  });

  it('finds exactly the annotated calls, with family, model, provider and directive', () => {
    assert.deepEqual(crashes, []);
    assert.deepEqual(ev.misses.map(where), []);
    assert.deepEqual(ev.falsePositives.map(where), []);
    for (const { expected: e, found: f } of ev.matches) {
      assert.deepEqual(
        { family: f.family, model: f.model, provider: f.provider, directive: f.directive },
        { family: e.family, model: e.model, provider: e.provider, directive: e.directive ?? null },
        where(e),
      );
    }
  });

  it('keeps real calls in build/ and node_modules/, so that a scan that skips them is tested', async () => {
    const hidden = listFiles(SAMPLE).filter((f) => skipped.some((dir) => f.startsWith(`${dir}/`)));
    const { found } = await detectAll(SAMPLE, hidden);
    assert.deepEqual([...new Set(found.map((f) => f.file.split('/')[0]))].sort(), ['build', 'node_modules']);
  });
});
