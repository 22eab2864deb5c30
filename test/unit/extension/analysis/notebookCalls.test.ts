import * as assert from 'node:assert/strict';
import { TreeSitterParsers } from '../../../../src/core/detect/treeSitter';
import { notebookCalls } from '../../../../src/extension/analysis/notebookCalls';
import type { EditorCell } from '../../../../src/extension/analysis/notebookCalls';
import { diskGrammarSource } from '../../../../src/node/assets';

const code = (index: number, text: string): EditorCell => ({ index, languageId: 'python', isCode: true, text });

describe('notebookCalls (a notebook open in the editor)', () => {
  const parsers = new TreeSitterParsers(diskGrammarSource());

  it('resolves a client and a model defined in earlier cells, and reports lines within the cell', async () => {
    const cells: EditorCell[] = [
      { index: 0, languageId: 'markdown', isCode: false, text: '# Compare hosts\nclient.chat.completions.create() in prose' },
      code(1, '%pip install openai\nfrom openai import OpenAI\nclient = OpenAI(base_url="https://api.deepseek.com")\nMODEL = "deepseek-v4-flash"'),
      code(2, 'reply = client.chat.completions.create(\n    model=MODEL,\n    messages=[{"role": "user", "content": "hi"}],\n)'),
    ];
    const calls = await notebookCalls(parsers, 'nb.ipynb', cells);
    assert.equal(calls.length, 1);
    assert.deepEqual([calls[0].cell, calls[0].line, calls[0].file], [2, 1, 'nb.ipynb']);
    assert.equal(calls[0].model, 'deepseek-v4-flash');
    assert.equal(calls[0].provider, 'deepseek');
  });

  it('reads the cells one by one when a syntax error crosses a cell boundary', async () => {
    const cells: EditorCell[] = [
      code(0, 'from openai import OpenAI\nclient = OpenAI()\ntext = """never closed'),
      code(1, 'client.chat.completions.create(model="gpt-4o", messages=[])'),
    ];
    const calls = await notebookCalls(parsers, 'nb.ipynb', cells);
    assert.deepEqual(calls.map((c) => [c.cell, c.line, c.model]), [[1, 1, 'gpt-4o']]);
  });

  it('skips non-Python cells and notebooks without trigger words', async () => {
    assert.deepEqual(await notebookCalls(parsers, 'nb.ipynb', [{ index: 0, languageId: 'r', isCode: true, text: 'openai <- 1' }]), []);
    assert.deepEqual(await notebookCalls(parsers, 'nb.ipynb', [code(0, 'print(1 + 1)')]), []);
  });
});
