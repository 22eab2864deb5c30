/**
 * Clients handed to the code that calls them: a FastAPI dependency (`client = Depends(get_client)`)
 * is what get_client returns; a test's parameter named after a pytest fixture of the same file is
 * what the fixture returns or yields (so a fixture's test double is not taken for the SDK); and a
 * class's `__init__` parameter is what the file passes where it builds the class.
 */
import * as assert from 'node:assert/strict';
import { detectPy, onlyCall, py } from './pyDetect';

describe('python detector: injected clients', () => {
  it('FastAPI Depends: the provider function returns a DeepSeek client', async () => {
    const c = await onlyCall(py(
      'from fastapi import Depends, FastAPI',
      'from openai import AsyncOpenAI',
      'app = FastAPI()',
      'def get_llm() -> AsyncOpenAI:',
      '    return AsyncOpenAI(base_url="https://api.deepseek.com", api_key=key)',
      '@app.post("/chat")',
      'async def chat(q: str, llm: AsyncOpenAI = Depends(get_llm)):',
      '    return await llm.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": q}])',
    ));
    assert.deepEqual([c.line, c.model, c.provider, c.baseUrl], [8, 'deepseek-chat', 'deepseek', 'https://api.deepseek.com']);
  });

  it('FastAPI Security and Annotated-free fallbacks: an unknown provider leaves the annotation', async () => {
    const calls = await detectPy(py(
      'from fastapi import Depends, Security',
      'from openai import AsyncOpenAI',
      'from app.deps import external_client',
      'def cached():',
      '    return AsyncOpenAI(base_url="https://api.siliconflow.cn/v1")',
      'async def a(llm: AsyncOpenAI = Security(cached)):',
      '    return await llm.chat.completions.create(model="deepseek-ai/DeepSeek-V3", messages=[])',
      'async def b(llm: AsyncOpenAI = Depends(external_client)):',
      '    return await llm.chat.completions.create(model="gpt-4o-mini", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[7, 'siliconflow-cn'], [9, 'openai']]);
  });

  it("a pytest fixture's MagicMock is a test double, not the SDK", async () => {
    const calls = await detectPy(py(
      'from unittest.mock import MagicMock',
      'import pytest',
      'from openai import OpenAI',
      '@pytest.fixture',
      'def fake_client():',
      '    client = MagicMock(spec=OpenAI)',
      '    return client',
      'def test_reply(fake_client):',
      '    out = fake_client.chat.completions.create(model="gpt-4o", messages=[])',
      '    assert out',
    ));
    assert.deepEqual(calls, []);
  });

  it('a fixture that yields a real client (with arguments to the decorator) gives its host', async () => {
    const c = await onlyCall(py(
      'import pytest',
      'from openai import OpenAI',
      'REFERENCE = OpenAI(base_url="https://api.deepseek.com")  # another client: the file has no single one',
      '@pytest.fixture(scope="session")',
      'def llm():',
      '    client = OpenAI(base_url="https://api.modelarts-maas.com/v1")',
      '    yield client',
      '    client.close()',
      'def test_live(llm):',
      '    assert llm.chat.completions.create(model="DeepSeek-V3", messages=[{"role": "user", "content": "ping"}])',
    ));
    assert.deepEqual([c.line, c.model, c.provider], [10, 'DeepSeek-V3', 'huawei-maas']);
  });

  it('a parameter named like a function that is not a fixture is not resolved through it', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI',
      'from unittest.mock import MagicMock',
      'def client():',
      '    return MagicMock()',
      'def run(client: OpenAI):',
      '    return client.chat.completions.create(model="gpt-4o", messages=[])',
    ));
    assert.deepEqual([c.line, c.provider], [6, 'openai']);
  });

  it('constructor injection: the client this file passes to the class, by position or keyword', async () => {
    const calls = await detectPy(py(
      'from openai import AsyncOpenAI',
      'class Writer:',
      '    def __init__(self, llm: AsyncOpenAI, *, model: str = "Qwen/Qwen3-8B") -> None:',
      '        self._llm = llm',
      '        self._model = model',
      '    async def write(self, text):',
      '        return await self._llm.chat.completions.create(model=self._model, messages=[{"role": "user", "content": text}])',
      'class Critic:',
      '    def __init__(self, *, client=None):',
      '        self.client = client',
      '    async def judge(self, text):',
      '        return await self.client.chat.completions.create(model="deepseek-chat", messages=[])',
      'writer = Writer(AsyncOpenAI(base_url="https://api.siliconflow.cn/v1"))',
      'critic = Critic(client=AsyncOpenAI(base_url="https://api.deepseek.com"))',
    ));
    // Writer's model: the default, as the file passes none.
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[7, 'Qwen/Qwen3-8B', 'siliconflow-cn'], [12, 'deepseek-chat', 'deepseek']]);
  });

  it('an argument the file passes wins over the parameter default', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI',
      'class Writer:',
      '    def __init__(self, llm=None, model="gpt-4o-mini"):',
      '        self.llm = llm or OpenAI()',
      '        self.model = model',
      '    def write(self, text):',
      '        return self.llm.chat.completions.create(model=self.model, messages=[])',
      'writer = Writer(OpenAI(base_url="https://api.deepseek.com"), model="deepseek-reasoner")',
    ));
    assert.deepEqual([c.model, c.provider], ['deepseek-reasoner', 'deepseek']);
  });

  it('without an instantiation in the file, the annotation decides', async () => {
    const c = await onlyCall(py(
      'from anthropic import AsyncAnthropic',
      'class Bot:',
      '    def __init__(self, client: AsyncAnthropic):',
      '        self.client = client',
      '    async def reply(self):',
      '        return await self.client.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[])',
    ));
    assert.deepEqual([c.family, c.provider], ['anthropic-messages', 'anthropic']);
  });

  it('only a value every instantiation passes: one relying on the default, or two that differ, leave the default', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'class LLMClient:',
      '    def __init__(self, model: str = "gpt-4o", client=None):',
      '        self.model = model',
      '        self.client = client or OpenAI()',
      '    def complete(self, messages):',
      '        return self.client.chat.completions.create(model=self.model, messages=messages)',
      'a = LLMClient()',
      'b = LLMClient(model="gpt-4o-mini", client=OpenAI(base_url="https://api.deepseek.com"))',
      'c = LLMClient(model="gpt-4o-mini", client=OpenAI(base_url="https://api.siliconflow.cn/v1"))',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[7, 'gpt-4o', 'openai']]);
  });
});
