/**
 * A name bound to an SDK method is called like the method: `create = client.chat.completions.create`
 * and `chat = functools.partial(client.chat.completions.create, model=…)`. The call of that name is
 * the call site, with the partial's arguments under the call's own.
 */
import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

describe('python detector: names bound to SDK methods', () => {
  it('a functools.partial of chat.completions.create: the call of the partial, with its model', async () => {
    const calls = await detectPy(py(
      'from functools import partial',
      'from openai import OpenAI',
      'client = OpenAI(base_url="https://api.deepseek.com")',
      'def label(text):',
      '    return chat(messages=[{"role": "user", "content": f"Label: {text}"}], max_tokens=5)',
      'chat = partial(client.chat.completions.create, model="deepseek-chat", temperature=0)',
    ));
    const c = callAt(calls, 5);
    assert.equal(calls.length, 1);
    assert.deepEqual([c.family, c.column, c.callee, c.model, c.provider, c.maxTokens], ['openai-chat', 12, 'chat', 'deepseek-chat', 'deepseek', 5]);
    assert.equal(c.prompt.knowledge, 'partial');
  });

  it('functools.partial by module name; the call overrides the bound model; stream through the method', async () => {
    const calls = await detectPy(py(
      'import functools',
      'import anthropic',
      'client = anthropic.Anthropic()',
      'ask = functools.partial(client.messages.create, model="claude-3-5-haiku-latest", max_tokens=100)',
      'talk = functools.partial(client.messages.stream, model="claude-sonnet-4-5", max_tokens=100)',
      'a = ask(model="claude-sonnet-4-5", messages=[{"role": "user", "content": "Hi"}])',
      'b = talk(messages=[{"role": "user", "content": "Hi"}])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.model, c.maxTokens, c.stream]), [
      [6, 'anthropic-messages', 'claude-sonnet-4-5', 100, false],
      [7, 'anthropic-messages', 'claude-sonnet-4-5', 100, true],
    ]);
    assert.equal(callAt(calls, 6).prompt.text, 'Hi');
  });

  it('a method alias under any name', async () => {
    const calls = await detectPy(py(
      'from openai import AsyncOpenAI',
      'client = AsyncOpenAI()',
      'embed = client.embeddings.create',
      'create = client.chat.completions.create',
      'async def go():',
      '    await create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])',
      '    await embed(model="text-embedding-3-small", input="x")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.model, c.provider]), [
      [6, 'openai-chat', 'gpt-4o-mini', 'openai'],
      [7, 'openai-embeddings', 'text-embedding-3-small', 'openai'],
    ]);
  });

  it("not the SDK: another module's partial, a partial of the file's own function, an alias of another method", async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'from toolz import partial',
      'import functools',
      'client = OpenAI()',
      'def create(**kw):',
      '    return kw',
      'a = partial(client.chat.completions.create, model="gpt-4o")',
      'b = functools.partial(create, model="gpt-4o")',
      'make = factory.create',
      'c = client.files.create',
      'a(messages=[])',
      'b(messages=[])',
      'make(model="gpt-4o", messages=[])',
      'c(file=open("x"), purpose="batch")',
    ));
    assert.deepEqual(calls, []);
  });

  it('the partial itself is not a call site, so there is one call per use', async () => {
    const c = await onlyCall(py(
      'from functools import partial',
      'import openai',
      'complete = partial(openai.OpenAI().chat.completions.create, model="gpt-4.1")',
      'print(complete(messages=[{"role": "system", "content": "Be brief."}]).choices[0])',
    ));
    assert.deepEqual([c.line, c.model, c.prompt.messages[0].role], [4, 'gpt-4.1', 'system']);
  });
});
