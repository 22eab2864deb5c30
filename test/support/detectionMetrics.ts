/**
 * Shared machinery of the detection evaluations (test/unit/detect/corpus.test.ts and holdout.test.ts):
 * reads hand-annotated ground truth (expected.json), runs detectCalls over a fixture folder, matches
 * found calls to expected ones by (file, cell, line) and computes recall, precision and per-field
 * accuracy, with a printable report of every miss, false positive and wrong field.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectCalls, mayHoldCalls } from '../../src/core/detect/detect';
import type { TreeSitterParsers } from '../../src/core/detect/treeSitter';
import { FAMILIES } from '../../src/core/model';
import type { DetectedCall, Directive, Family, ProviderId } from '../../src/core/model';

/** One hand-annotated call site of expected.json. */
export interface ExpectedCall {
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

/** An expected call and the detected call reported at the same site. */
export interface Match {
  readonly expected: ExpectedCall;
  readonly found: DetectedCall;
}

/** The outcome of matching detected calls against the ground truth. */
export interface Evaluation {
  readonly expected: readonly ExpectedCall[];
  readonly found: readonly DetectedCall[];
  readonly matches: readonly Match[];
  readonly misses: readonly ExpectedCall[];
  readonly falsePositives: readonly DetectedCall[];
}

/** Calls found in a folder, each with its file relative to the folder. */
export interface Detection {
  readonly found: { file: string; call: DetectedCall }[];
  /** Files the detector threw on, with the error; the evaluation goes on without them. */
  readonly crashes: string[];
}

/** Recall, precision and true positives of one family. */
export interface FamilyRow {
  readonly family: Family;
  readonly expected: number;
  readonly found: number;
  /** Matched pairs where both the annotation and the detector say this family. */
  readonly truePositives: number;
  readonly recall: number;
  readonly precision: number;
}

/** The ground truth of a fixture folder (its expected.json); fails when it lists no call. */
export function readExpected(root: string): ExpectedCall[] {
  const data = JSON.parse(fs.readFileSync(path.join(root, 'expected.json'), 'utf8')) as { calls: ExpectedCall[] };
  assert.ok(Array.isArray(data.calls) && data.calls.length > 0, `${root}/expected.json has no calls`);
  return data.calls;
}

/** Every file under `root` (relative, with `/`), minus expected.json and the skipped folder names. */
export function listFiles(root: string, skipDirs: readonly string[] = []): string[] {
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

/**
 * Runs each file through the pre-filter and the detector, as a scan does (a file the pre-filter drops
 * shows up as misses). Markdown and JSON files go in too: they must yield nothing.
 */
export async function detectAll(parsers: TreeSitterParsers, root: string, files: readonly string[]): Promise<Detection> {
  const found: { file: string; call: DetectedCall }[] = [];
  const crashes: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    try {
      if (!mayHoldCalls(file, text)) continue;
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

/** Matches found calls to expected ones by (file, cell, line); fails when the ground truth lists a site twice. */
export function evaluate(expected: readonly ExpectedCall[], found: readonly { file: string; call: DetectedCall }[]): Evaluation {
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

/** part / whole, or 1 when there is nothing to measure. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** A share as a percentage with one decimal. */
export function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** `file:line`, or `file#cellN:line` for a notebook cell. */
export function where(c: { file: string; cell?: number; line: number }): string {
  return c.cell === undefined ? `${c.file}:${c.line}` : `${c.file}#cell${c.cell}:${c.line}`;
}

/** Recall and precision per family (every family of FAMILIES, in order). */
export function familyRows(ev: Evaluation): FamilyRow[] {
  return FAMILIES.map((family) => {
    const expected = ev.expected.filter((e) => e.family === family).length;
    const found = ev.found.filter((f) => f.family === family).length;
    const truePositives = ev.matches.filter((m) => m.expected.family === family && m.found.family === family).length;
    return { family, expected, found, truePositives, recall: ratio(truePositives, expected), precision: ratio(truePositives, found) };
  });
}

/** Overall recall: matched sites / expected sites. */
export function recallOf(ev: Evaluation): number {
  return ratio(ev.matches.length, ev.expected.length);
}

/** Overall precision: matched sites / found sites. */
export function precisionOf(ev: Evaluation): number {
  return ratio(ev.matches.length, ev.found.length);
}

/** Share of matched calls for which `same` holds. */
export function accuracy(ev: Evaluation, same: (m: Match) => boolean): number {
  return ratio(ev.matches.filter(same).length, ev.matches.length);
}

export const sameFamily = (m: Match): boolean => m.found.family === m.expected.family;
export const sameModel = (m: Match): boolean => m.found.model === m.expected.model;
export const sameProvider = (m: Match): boolean => m.found.provider === m.expected.provider;
export const sameColumn = (m: Match): boolean => m.found.column === m.expected.column;

/** Families with at least `minCalls` expected calls whose recall or precision is under `threshold`. */
export function weakFamilies(ev: Evaluation, threshold: number, minCalls: number): string[] {
  return familyRows(ev)
    .filter((r) => r.expected >= minCalls && (r.recall < threshold || r.precision < threshold))
    .map((r) => `${r.family} recall ${pct(r.recall)} precision ${pct(r.precision)}`);
}

/** The per-family table, the overall numbers and one line per miss, false positive and wrong field. */
export function report(title: string, ev: Evaluation): string {
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
    + `recall ${pct(recallOf(ev))}, precision ${pct(precisionOf(ev))}; `
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
export function annotationProblems(root: string, calls: readonly ExpectedCall[]): string[] {
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
