import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

async function chat(...argsAndSetup: string[]): Promise<Awaited<ReturnType<typeof onlyCall>>> {
  const call = argsAndSetup.pop() ?? '';
  return onlyCall(py('from openai import OpenAI', 'client = OpenAI()', ...argsAndSetup, `client.chat.completions.create(model="gpt-4o", ${call})`));
}

describe('python detector: prompt, options and directives', () => {
  it('a fully literal prompt is known; constants and triple-quoted strings count as literals', async () => {
    const c = await chat('SYSTEM = """You are a careful\nreviewer."""', 'messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Review this."}]');
    assert.equal(c.prompt.knowledge, 'known');
    assert.equal(c.prompt.text, 'You are a careful\nreviewer.\nReview this.');
    assert.deepEqual(c.prompt.messages, [{ role: 'system', text: 'You are a careful\nreviewer.' }, { role: 'user', text: 'Review this.' }]);
  });

  it('f-strings and .format templates are partial, with their literal parts', async () => {
    const c = await chat('TEMPLATE = "Summarize: {text}"', 'messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": f"Translate: {doc}"}, {"role": "user", "content": TEMPLATE.format(text=doc)}]');
    assert.equal(c.prompt.knowledge, 'partial');
    assert.equal(c.prompt.text, 'Be brief.\nTranslate: \nSummarize: {text}');
    assert.equal(c.prompt.messages[1].text, 'Translate: ');
  });

  it('messages from a variable that cannot be resolved are unknown; a list with *history is partial', async () => {
    assert.equal((await chat('messages=history')).prompt.knowledge, 'unknown');
    const c = await chat('messages=[{"role": "system", "content": "Rules"}, *history]');
    assert.equal(c.prompt.knowledge, 'partial');
    assert.equal(c.prompt.text, 'Rules');
  });

  it('a messages list built in the function is read', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      'def f(q):',
      '    messages = [{"role": "system", "content": "You answer in JSON."}, {"role": "user", "content": q}]',
      '    return client.chat.completions.create(model="gpt-4o", messages=messages)',
    ));
    assert.equal(c.prompt.knowledge, 'partial');
    assert.deepEqual(c.prompt.messages, [{ role: 'system', text: 'You answer in JSON.' }, { role: 'user', text: null }]);
  });

  it('max tokens and reasoning effort in their several spellings', async () => {
    assert.equal((await chat('MAX = 4_000', 'messages=[], max_completion_tokens=MAX')).maxTokens, 4000);
    assert.equal((await chat('messages=[], reasoning_effort="high"')).reasoningEffort, 'high');
    const r = await onlyCall(py('from openai import OpenAI', 'client = OpenAI()', 'client.responses.create(model="o4-mini", input="hi", reasoning={"effort": "low"}, max_output_tokens=500)'));
    assert.deepEqual([r.reasoningEffort, r.maxTokens], ['low', 500]);
    assert.equal((await chat('messages=[], max_tokens=limit')).maxTokens, null);
  });

  it('stream from a literal, a constant, or the streaming method', async () => {
    assert.equal((await chat('STREAM = True', 'messages=[], stream=STREAM')).stream, true);
    assert.equal((await chat('messages=[], stream=False')).stream, false);
    assert.equal((await chat('messages=[], stream=flag')).stream, false);
  });

  it('reads the llm-cost directive on the line above the statement or above the callee line', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      '# llm-cost: calls/day=5000 input=1200 output=300 cache-hit=0.6',
      'a = client.chat.completions.create(model="gpt-4o", messages=[])',
      'b = (',
      '    # llm-cost: calls/day=10',
      '    client.chat.completions.create(model="gpt-4o", messages=[])',
      ')',
      '# an ordinary comment',
      'c = client.chat.completions.create(model="gpt-4o", messages=[])',
      '# llm-cost: calls/day=7',
      '',
      'd = client.chat.completions.create(model="gpt-4o", messages=[])',
    ));
    assert.deepEqual(callAt(calls, 4).directive, { callsPerDay: 5000, inputTokens: 1200, outputTokens: 300, cacheHit: 0.6 });
    assert.deepEqual(callAt(calls, 7).directive, { callsPerDay: 10 });
    assert.equal(callAt(calls, 10).directive, null);
    assert.equal(callAt(calls, 13).directive, null);
  });

  it('results are sorted by line, then column', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      'a, b = client.embeddings.create(model="text-embedding-3-small", input="x"), client.embeddings.create(model="text-embedding-3-large", input="y")',
      'c = client.chat.completions.create(model="gpt-4o", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.column < 40, c.model]), [[3, true, 'text-embedding-3-small'], [3, false, 'text-embedding-3-large'], [4, true, 'gpt-4o']]);
  });

  it('reads directives and positions in files with CRLF line ends', async () => {
    const c = await onlyCall('from openai import OpenAI\r\nclient = OpenAI()\r\n# llm-cost: calls/day=50 cache-hit=0.5\r\nr = client.chat.completions.create(model="gpt-4o", messages=[])\r\n');
    assert.deepEqual([c.line, c.column, c.directive], [4, 29, { callsPerDay: 50, cacheHit: 0.5 }]);
  });
});
