/**
 * Shared by the TS/JS detector tests: one TreeSitterParsers for the whole run, fixture loading,
 * and a compact view of a DetectedCall for readable assertions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectCalls } from '../../../../src/core/detect/detect';
import { TreeSitterParsers } from '../../../../src/core/detect/treeSitter';
import type { DetectedCall } from '../../../../src/core/model';
import { diskGrammarSource } from '../../../../src/node/assets';

export const parsers = new TreeSitterParsers(diskGrammarSource());

export const FIXTURE_DIR = path.join(__dirname, '../../../fixtures/detect/ts');

/** The text of a fixture file under test/fixtures/detect/ts. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

/** Detects the calls of a snippet; the file name picks the grammar (default .ts). */
export function detect(text: string, file = 'snippet.ts'): Promise<DetectedCall[]> {
  return detectCalls(parsers, file, text);
}

/** The fields most assertions compare. */
export interface Brief {
  line: number;
  family: string;
  model: string | null;
  provider: string;
}

export function brief(call: DetectedCall): Brief {
  return { line: call.line, family: call.family, model: call.model, provider: call.provider };
}

/** Detects a snippet that must hold exactly one call, and returns it. */
export async function only(text: string, file = 'snippet.ts'): Promise<DetectedCall> {
  const calls = await detect(text, file);
  if (calls.length !== 1) throw new Error(`expected 1 call, got ${calls.length}: ${JSON.stringify(calls.map(brief))}`);
  return calls[0];
}

/** A 5,000+ line TS file: 50 copies of deepseekChat.ts (names made unique) between plain helpers. */
export function largeSource(blocks = 23): { text: string; callLines: number[] } {
  const block = fixture('deepseekChat.ts').replace(/^import[^\n]*\n/gm, '');
  const filler = Array.from({ length: 60 }, (_, i) => `export function helper${i}(items: number[]): number {\n  return items.map((x) => x * ${i}).filter((x) => x % 3 === 0).reduce((a, b) => a + b, 0);\n}`).join('\n');
  const parts = ["import OpenAI from 'openai';"];
  const callLines: number[] = [];
  let line = 1;
  for (let b = 0; b < blocks; b++) {
    const renamed = block.replace(/(?<![\w.'"/-])(DEEPSEEK_BASE_URL|MODEL|REASONER|MAX_TOKENS|SYSTEM_PROMPT|deepseek|answer|streamAnswer|rawAnswer)(?![\w-]|\.com)/g, `$1_${b}`);
    renamed.split('\n').forEach((text, i) => {
      if (/\.create\(|^\s*\.create\(/.test(text)) callLines.push(line + 1 + i);
    });
    parts.push(renamed, filler);
    line += renamed.split('\n').length + filler.split('\n').length;
  }
  return { text: parts.join('\n'), callLines };
}
