/**
 * Test helper: runs the Python detector on a snippet with one shared TreeSitterParsers (the grammar
 * loads once per test process).
 */
import * as assert from 'node:assert/strict';
import { detectPythonTree } from '../../../../src/core/detect/python/detectPython';
import { TreeSitterParsers } from '../../../../src/core/detect/treeSitter';
import type { DetectedCall } from '../../../../src/core/model';
import { diskGrammarSource } from '../../../../src/node/assets';

const parsers = new TreeSitterParsers(diskGrammarSource());

/** All calls the Python detector finds in `source`. */
export async function detectPy(source: string, file = 'snippet.py'): Promise<DetectedCall[]> {
  const tree = await parsers.parse('python', source);
  try {
    return detectPythonTree(tree, { file, language: 'python', text: source });
  } finally {
    tree.delete();
  }
}

/** The one call in `source` (fails when there are none or several). */
export async function onlyCall(source: string): Promise<DetectedCall> {
  const calls = await detectPy(source);
  assert.equal(calls.length, 1, `expected exactly one call, got ${calls.length}: ${calls.map((c) => `${c.line}:${c.callee}`).join(', ')}`);
  return calls[0];
}

/** The call whose callee name stands on `line` (1-based). */
export function callAt(calls: readonly DetectedCall[], line: number): DetectedCall {
  const found = calls.filter((c) => c.line === line);
  assert.equal(found.length, 1, `expected one call on line ${line}, got: ${calls.map((c) => `${c.line}:${c.callee}`).join(', ')}`);
  return found[0];
}

/** The shared parsers, for tests that parse other grammars or notebooks. */
export function sharedParsers(): TreeSitterParsers {
  return parsers;
}

/** Joins lines: keeps snippets readable without template-literal indentation. */
export function py(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
