import * as assert from 'node:assert/strict';
import { StreamRedactor } from '../../../src/providers/redactSecrets';
import { runPrompt } from '../../../src/providers/runPrompt';
import type { LlmProvider, RunEvent } from '../../../src/providers/llmProvider';

const KEY = 'sk-SECRETKEY1234567890';

describe('StreamRedactor', () => {
  it('catches a key split across pieces, at any split point', () => {
    const text = `the key is ${KEY} end`;
    for (let cut = 1; cut < text.length; cut++) {
      const r = new StreamRedactor([KEY]);
      const shown = r.push(text.slice(0, cut)) + r.push(text.slice(cut)) + r.flush();
      assert.ok(!shown.includes('SECRETKEY'), `leaked at cut ${cut}: ${shown}`);
      assert.ok(shown.startsWith('the key is ') && shown.endsWith(' end'), shown);
    }
  });

  it('passes text through unchanged when there is no secret', () => {
    const r = new StreamRedactor([]);
    assert.equal(r.push('abc') + r.push('def') + r.flush(), 'abcdef');
  });
});

describe('runPrompt with secrets', () => {
  it('never hands a listener a key that the host echoes in two chunks', async () => {
    const provider: LlmProvider = {
      id: 'deepseek',
      async *stream(): AsyncIterable<RunEvent> {
        yield { type: 'content', text: 'key is sk-SECRETKEY12' };
        yield { type: 'content', text: '34567890 end' };
        yield { type: 'done', finishReason: 'stop', timings: { ttftMs: 1, totalMs: 2 } };
      },
    };
    const seen: string[] = [];
    const result = await runPrompt(provider, { model: 'm', prompt: 'p' }, new AbortController().signal, (e) => {
      if (e.type === 'content') seen.push(e.text);
    }, [KEY]);
    assert.ok(!seen.join('').includes('SECRETKEY'), seen.join(''));
    assert.ok(!result.output.includes('SECRETKEY'), result.output);
    assert.equal(seen.join(''), result.output);
    assert.match(result.output, /^key is .*redacted.* end$/);
  });
});
