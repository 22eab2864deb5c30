import assert from 'node:assert/strict';
import { ThinkTagSplitter } from '../../../src/providers/thinkTagSplitter';

/** Feeds chunks and joins the pieces by type. */
function split(chunks: readonly string[]): { reasoning: string; content: string } {
  const splitter = new ThinkTagSplitter();
  const pieces = [...chunks.flatMap((c) => splitter.push(c)), ...splitter.flush()];
  return {
    reasoning: pieces.filter((p) => p.type === 'reasoning').map((p) => p.text).join(''),
    content: pieces.filter((p) => p.type === 'content').map((p) => p.text).join(''),
  };
}

describe('providers/thinkTagSplitter', () => {
  it('splits a leading <think> block from the answer', () => {
    assert.deepEqual(split(['<think>\nplan</think>\n\nanswer']), { reasoning: 'plan', content: 'answer' });
  });

  it('handles tags cut at every possible position', () => {
    const text = '<think>a b c</think>The answer.';
    for (let i = 1; i < text.length; i++) {
      for (let j = i + 1; j < text.length; j++) {
        assert.deepEqual(split([text.slice(0, i), text.slice(i, j), text.slice(j)]), { reasoning: 'a b c', content: 'The answer.' }, `cut at ${i},${j}`);
      }
    }
  });

  it('leaves an answer alone when <think> is not at its start', () => {
    assert.deepEqual(split(['Use the ', '<think> tag like this: <think>x</think>']), { reasoning: '', content: 'Use the <think> tag like this: <think>x</think>' });
  });

  it('keeps leading whitespace before the tag out of the answer', () => {
    assert.deepEqual(split(['\n', '<think>r</think>', 'c']), { reasoning: 'r', content: 'c' });
  });

  it('keeps an unclosed think block as reasoning when the stream ends', () => {
    assert.deepEqual(split(['<think>still thinking', ' </thi']), { reasoning: 'still thinking </thi', content: '' });
  });

  it('passes short answers that look like the start of a tag', () => {
    assert.deepEqual(split(['<th']), { reasoning: '', content: '<th' });
    assert.deepEqual(split(['<b>bold</b>']), { reasoning: '', content: '<b>bold</b>' });
  });
});
