import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UnreadableSourceError } from '../../../src/core/detect/detectContext';
import { blankMagics, detectNotebookCalls, joinCells, notebookCells } from '../../../src/core/detect/notebook';
import { sharedParsers } from './python/pyDetect';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'detect', 'py');
const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function notebook(cells: unknown[], metadata: unknown = {}): string {
  return JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 5 });
}

describe('notebook cells', () => {
  it('indexes all cells, gives code cells python, joins array sources', () => {
    const cells = notebookCells(read('siliconflow_cells.ipynb'));
    assert.deepEqual(cells.map((c) => [c.index, c.language]), [
      [0, null], [1, 'python'], [2, 'python'], [3, 'python'], [4, null], [5, 'python'], [6, null],
    ]);
    assert.ok(cells[2].source.includes('client = OpenAI(api_key=os.environ["SILICONFLOW_API_KEY"]'));
    assert.ok(cells[0].source.startsWith('# DeepSeek via SiliconFlow\nCall'));
  });

  it('blanks magics and shell lines (with continuations) but keeps line numbers and string contents', () => {
    const cells = notebookCells(read('siliconflow_cells.ipynb'));
    assert.equal(cells[1].source, '\n\n\n');
    assert.equal(cells[3].source.split('\n')[0].trim(), '');
    const five = cells[5].source.split('\n');
    assert.equal(five[0], 'files = None');
    assert.equal(five[1], '      r = client.embeddings.create(model="BAAI/bge-m3", input=["a"])');
    assert.equal(five[3], '!important: keep this line');
    assert.equal(five.length, 6);
  });

  it('accepts a source given as one string, and keeps CRLF line ends', () => {
    const cells = notebookCells(notebook([{ cell_type: 'code', source: '!ls\r\nx = 1\r\n', metadata: {} }]));
    assert.equal(cells[0].source, '\r\nx = 1\r\n');
    assert.equal(blankMagics('%load_ext autoreload\n%autoreload 2\nimport os'), '\n\nimport os');
  });

  it('a notebook whose kernel is not Python has no scanned cells; per-cell languages and %%bash are honoured', () => {
    assert.deepEqual(notebookCells(read('r_kernel.ipynb')).map((c) => c.language), [null]);
    const cells = notebookCells(notebook([
      { cell_type: 'code', source: 'print(1)', metadata: { vscode: { languageId: 'javascript' } } },
      { cell_type: 'code', source: '%%writefile app.py\nimport openai', metadata: {} },
      { cell_type: 'code', source: '%%html\n<b>x</b>', metadata: {} },
    ], { language_info: { name: 'python' } }));
    assert.deepEqual(cells.map((c) => c.language), [null, 'python', null]);
  });

  it('reads nbformat 3 worksheets and notebooks without metadata', () => {
    const v3 = JSON.stringify({ nbformat: 3, metadata: {}, worksheets: [{ cells: [{ cell_type: 'markdown', source: ['hi'] }, { cell_type: 'code', input: ['x = 1\n', 'y = 2'], language: 'python' }] }] });
    assert.deepEqual(notebookCells(v3), [{ index: 0, language: null, source: 'hi' }, { index: 1, language: 'python', source: 'x = 1\ny = 2' }]);
  });

  it('throws UnreadableSourceError on broken JSON or a JSON file that is no notebook', () => {
    assert.throws(() => notebookCells('{"cells": ['), UnreadableSourceError);
    assert.throws(() => notebookCells('[1, 2]'), UnreadableSourceError);
    assert.throws(() => notebookCells('{"foo": 1}'), UnreadableSourceError);
  });

  it('joins Python cells with a blank line between them', () => {
    const joined = joinCells(notebookCells(notebook([
      { cell_type: 'code', source: 'a = 1\n', metadata: {} },
      { cell_type: 'markdown', source: 'text', metadata: {} },
      { cell_type: 'code', source: 'b = 2', metadata: {} },
    ])), 'python');
    assert.equal(joined.text, 'a = 1\n\n\nb = 2');
    assert.deepEqual(joined.parts, [{ cell: 0, firstRow: 0, rows: 2 }, { cell: 2, firstRow: 3, rows: 1 }]);
  });
});

describe('notebook detection', () => {
  it('resolves clients and constants across cells and reports cell-relative lines', async () => {
    const calls = await detectNotebookCalls(sharedParsers(), 'nb/siliconflow_cells.ipynb', read('siliconflow_cells.ipynb'));
    assert.deepEqual(calls.map((c) => [c.cell, c.line, c.column, c.family, c.model, c.provider]), [
      [3, 2, 36, 'openai-chat', 'deepseek-ai/DeepSeek-V3', 'siliconflow-cn'],
      [5, 2, 29, 'openai-embeddings', 'BAAI/bge-m3', 'siliconflow-cn'],
      [5, 6, 25, 'openai-chat', 'deepseek-ai/DeepSeek-V3', 'siliconflow-cn'],
    ]);
    assert.equal(calls[0].file, 'nb/siliconflow_cells.ipynb');
    assert.equal(calls[2].prompt.text, '\n!important: keep this line\n');
  });

  it('falls back to one parse per cell when a syntax error runs across cells', async () => {
    const text = notebook([
      { cell_type: 'code', source: 'from openai import OpenAI\nclient = OpenAI(base_url="https://api.deepseek.com")\nbroken = (', metadata: {} },
      { cell_type: 'code', source: 'client.chat.completions.create(model="deepseek-chat", messages=[])', metadata: {} },
    ]);
    const calls = await detectNotebookCalls(sharedParsers(), 'x.ipynb', text);
    assert.deepEqual(calls.map((c) => [c.cell, c.line, c.model]), [[1, 1, 'deepseek-chat']]);
  });

  it('finds nothing in markdown, raw cells or notebooks of other kernels', async () => {
    assert.deepEqual(await detectNotebookCalls(sharedParsers(), 'r.ipynb', read('r_kernel.ipynb')), []);
    const md = notebook([{ cell_type: 'markdown', source: 'client.chat.completions.create(model="gpt-4o")', metadata: {} }]);
    assert.deepEqual(await detectNotebookCalls(sharedParsers(), 'md.ipynb', md), []);
  });
});
