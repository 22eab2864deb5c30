/**
 * Realistic Python files in test/fixtures/detect/py, annotated in place: a call site carries a
 * trailing `# expect: <family> <model|-> <provider>` comment on its callee line. Every annotated
 * line must be found with those values, and nothing else may be reported.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PYTHON_HOST_TRIGGERS, PYTHON_TRIGGERS } from '../../../../src/core/detect/python/pythonTriggers';
import { detectPy } from './pyDetect';

const DIR = path.join(__dirname, '..', '..', '..', 'fixtures', 'detect', 'py');
const EXPECT = /#\s*expect:\s*(\S+)\s+(\S+)\s+(\S+)\s*$/;

function expectations(text: string): Map<number, string> {
  const out = new Map<number, string>();
  text.split('\n').forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (m) out.set(i + 1, `${m[1]} ${m[2]} ${m[3]}`);
  });
  return out;
}

describe('python detector: annotated fixture files', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.py'));

  it('has fixture files with annotations', () => {
    assert.ok(files.length >= 6);
  });

  for (const file of files) {
    it(file, async () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const expected = expectations(text);
      const found = new Map((await detectPy(text, file)).map((c) => [c.line, `${c.family} ${c.model ?? '-'} ${c.provider}`]));
      assert.deepEqual(found, expected);
      if (expected.size > 0) {
        const lower = text.toLowerCase();
        assert.ok(PYTHON_TRIGGERS.some((t) => text.includes(t)) || PYTHON_HOST_TRIGGERS.some((t) => lower.includes(t)), `${file} has calls but no trigger`);
      }
    });
  }
});
