import * as assert from 'node:assert/strict';
import { detectPy, onlyCall, py } from './pyDetect';

describe('python detector: what is not a call', () => {
  it('mentions in comments, docstrings, strings and f-strings', async () => {
    const calls = await detectPy(py(
      '"""Usage: client.chat.completions.create(model="gpt-4o", messages=msgs) or litellm.completion(...)."""',
      'from openai import OpenAI',
      'client = OpenAI()',
      '# response = client.chat.completions.create(model="gpt-4o", messages=[])',
      'def helper():',
      '    """Calls client.messages.create(model="claude-3-opus") under the hood."""',
      '    return None',
      'EXAMPLE = "openai.ChatCompletion.create(model=\'gpt-3.5-turbo\')"',
      'doc = f"call {client.chat.completions.create} later"',
      "snippet = '''requests.post(\"https://api.deepseek.com/chat/completions\", json=body)'''",
    ));
    assert.deepEqual(calls, []);
  });

  it('definitions named like SDK methods and unrelated .create calls', async () => {
    const calls = await detectPy(py(
      'import stripe',
      'def create(model="gpt-4o", messages=None):',
      '    return None',
      'class Completions:',
      '    def create(self, **kw):',
      '        return kw',
      'async def generate_content(prompt): ...',
      'stripe.Customer.create(email="jenny@example.com")',
      'db.users.create(name="x")',
      'Message.objects.create(role="user", content="hi")',
      'create(model="gpt-4o", messages=[])',
      'Completions().create(model="gpt-4o")',
    ));
    assert.deepEqual(calls, []);
  });

  it('OpenAI Assistants plumbing is not a model call', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      'assistant = client.beta.assistants.create(model="gpt-4o", name="Math Tutor")',
      'thread = client.beta.threads.create()',
      'client.beta.threads.messages.create(thread_id=thread.id, role="user", content="Solve 3x + 11 = 14")',
      'client.files.create(file=open("a.pdf", "rb"), purpose="assistants")',
      'client.fine_tuning.jobs.create(training_file="file-abc", model="gpt-4o-mini")',
      'client.images.generate(model="dall-e-3", prompt="a cat")',
    ));
    assert.deepEqual(calls, []);
  });

  it('a wrapper: only the SDK call inside it counts, not the calls of the wrapper', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      'def ask_llm(prompt, model="gpt-4o-mini"):',
      '    resp = client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])',
      '    return resp.choices[0].message.content',
      'print(ask_llm("hi"))',
      'print(ask_llm("bye", model="gpt-4o"))',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.model]), [[4, 'gpt-4o-mini']]);
  });

  it('mock setups and assertions in tests', async () => {
    const calls = await detectPy(py(
      'from unittest.mock import MagicMock, patch',
      '@patch("app.client.chat.completions.create")',
      'def test_x(mock_create):',
      '    mock_create.return_value = MagicMock()',
      '    mock_client.chat.completions.create.return_value = resp',
      '    mock_client.chat.completions.create.assert_called_once_with(model="gpt-4o")',
      '    monkeypatch.setattr("app.client.messages.create", fake)',
    ));
    assert.deepEqual(calls, []);
  });

  it('never throws on broken code and still finds the calls it can', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI',
      'client = OpenAI(',
      'def broken(:',
      '    pass',
      'x = client.chat.completions.create(model="gpt-4o", messages=[])',
      'y = [1, 2',
    ));
    assert.equal(c.line, 5);
  });

  it('a file without candidate names returns no calls', async () => {
    assert.deepEqual(await detectPy(py('import os', 'print(os.getcwd())', 'x = [i * 2 for i in range(3)]')), []);
    assert.deepEqual(await detectPy(''), []);
  });
});

describe('python detector: test doubles are not the SDK', () => {
  it('a client built from the file\'s own class, a SimpleNamespace or a MagicMock is not reported', async () => {
    assert.deepEqual(await detectPy(py(
      'from types import SimpleNamespace',
      'from unittest.mock import MagicMock',
      'class FakeOpenAI:',
      '    def __init__(self, reply):',
      '        self.reply = reply',
      'def test_fake_records_model():',
      '    client = FakeOpenAI(reply="hello")',
      '    out = client.chat.completions.create(model="gpt-4o", messages=[])',
      'ns = SimpleNamespace(chat=SimpleNamespace(completions=None))',
      'ns.chat.completions.create(model="gpt-4o")',
      'mocked = MagicMock()',
      'mocked.messages.create(model="claude-sonnet-4-5", max_tokens=10, messages=[])',
    )), []);
  });

  it('a subclass of the SDK client defined in the file still is the SDK', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'class TracedOpenAI(OpenAI):',
      '    pass',
      'client = TracedOpenAI(base_url="https://api.deepseek.com")',
      'client.chat.completions.create(model="deepseek-chat", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.provider]), [[5, 'openai-chat', 'deepseek']]);
  });
});
