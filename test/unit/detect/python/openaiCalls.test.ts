import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

describe('python detector: OpenAI SDK families', () => {
  it('reports client.chat.completions.create at the `create` name with model, stream and max_tokens', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      'resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}], stream=True, max_tokens=256)',
    ));
    assert.equal(c.family, 'openai-chat');
    assert.equal(c.line, 3);
    assert.equal(c.column, 32);
    assert.equal(c.endColumn, 38);
    assert.equal(c.callee, 'client.chat.completions.create');
    assert.equal(c.model, 'gpt-4o-mini');
    assert.equal(c.provider, 'openai');
    assert.equal(c.providerEvidence, 'family default');
    assert.equal(c.stream, true);
    assert.equal(c.maxTokens, 256);
    assert.equal(c.language, 'python');
    assert.equal(c.file, 'snippet.py');
    assert.equal(c.cell, undefined);
  });

  it('tells chat, responses, completions and embeddings apart', async () => {
    const calls = await detectPy(py(
      'import openai',
      'client = openai.OpenAI()',
      'a = client.chat.completions.create(model="gpt-4o", messages=[])',
      'b = client.responses.create(model="gpt-4.1", input="Tell me a story", instructions="Be brief")',
      'c = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test")',
      'd = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])',
      'e = client.beta.chat.completions.parse(model="gpt-4o-2024-08-06", messages=[], response_format=Event)',
      'f = client.chat.completions.parse(model="gpt-4o", messages=[], response_format=Event)',
      'g = client.responses.stream(model="gpt-4.1", input="hi")',
      'h = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.model]), [
      [3, 'openai-chat', 'gpt-4o'],
      [4, 'openai-responses', 'gpt-4.1'],
      [5, 'openai-completions', 'gpt-3.5-turbo-instruct'],
      [6, 'openai-embeddings', 'text-embedding-3-small'],
      [7, 'openai-chat', 'gpt-4o-2024-08-06'],
      [8, 'openai-chat', 'gpt-4o'],
      [9, 'openai-responses', 'gpt-4.1'],
      [10, 'openai-chat', 'gpt-4o'],
    ]);
    assert.equal(callAt(calls, 4).prompt.text, 'Be brief\nTell me a story');
    assert.equal(callAt(calls, 9).stream, true);
  });

  it('finds awaited calls on async clients and calls inside `async for`', async () => {
    const calls = await detectPy(py(
      'from openai import AsyncOpenAI',
      'client = AsyncOpenAI()',
      'async def main():',
      '    r = await client.chat.completions.create(model="gpt-4o", messages=[])',
      '    async for chunk in await client.chat.completions.create(model="gpt-4o", messages=[], stream=True):',
      '        pass',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.stream]), [[4, false], [5, true]]);
  });

  it('reads legacy openai.ChatCompletion / Completion / Embedding calls, engine= as the model', async () => {
    const calls = await detectPy(py(
      'import openai as oai',
      'openai_key = "x"',
      'r1 = oai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Hello"}])',
      'r2 = await oai.ChatCompletion.acreate(model="gpt-4", messages=[])',
      'r3 = oai.Completion.create(engine="text-davinci-003", prompt="Say hi", max_tokens=7)',
      'r4 = oai.Embedding.create(input="text", model="text-embedding-ada-002")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.model, c.maxTokens]), [
      [3, 'openai-chat', 'gpt-3.5-turbo', null],
      [4, 'openai-chat', 'gpt-4', null],
      [5, 'openai-completions', 'text-davinci-003', 7],
      [6, 'openai-embeddings', 'text-embedding-ada-002', null],
    ]);
  });

  it('takes the provider of legacy module calls from openai.api_base / api_type', async () => {
    const calls = await detectPy(py(
      'import openai',
      'openai.api_base = "https://api.deepseek.com/v1"',
      'r = openai.ChatCompletion.create(model="deepseek-chat", messages=[])',
    ));
    assert.equal(calls[0].provider, 'deepseek');
    assert.equal(calls[0].baseUrl, 'https://api.deepseek.com/v1');
    const azure = await onlyCall(py(
      'import openai',
      'openai.api_type = "azure"',
      'openai.api_version = "2023-05-15"',
      'r = openai.ChatCompletion.create(engine="gpt35", messages=[])',
    ));
    assert.equal(azure.provider, 'azure-foundry');
    assert.equal(azure.model, 'gpt35');
  });

  it('follows module clients into functions and self.client from __init__ into methods', async () => {
    const calls = await detectPy(py(
      'import os',
      'from openai import OpenAI',
      'class Assistant:',
      '    def __init__(self, model: str = "deepseek-reasoner"):',
      '        self.client = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")',
      '        self.model = model',
      '',
      '    def ask(self, question):',
      '        return self.client.chat.completions.create(model=self.model, messages=[{"role": "user", "content": question}])',
    ));
    const c = callAt(calls, 9);
    assert.equal(c.callee, 'self.client.chat.completions.create');
    assert.equal(c.model, 'deepseek-reasoner');
    assert.equal(c.provider, 'deepseek');
    assert.equal(c.providerEvidence, 'base_url https://api.deepseek.com');
    assert.equal(c.baseUrl, 'https://api.deepseek.com');
  });

  it('reads instructor / wrapper clients and inline constructors', async () => {
    const calls = await detectPy(py(
      'import instructor',
      'from openai import OpenAI',
      'client = instructor.from_openai(OpenAI(base_url="https://api.siliconflow.cn/v1"))',
      'u = client.chat.completions.create(model="Qwen/Qwen2.5-7B-Instruct", response_model=User, messages=[])',
      'v = OpenAI(base_url="https://api.modelarts-maas.com/v1").chat.completions.create(model="DeepSeek-V3", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[4, 'siliconflow-cn'], [5, 'huawei-maas']]);
    assert.equal(callAt(calls, 5).callee, 'OpenAI(…).chat.completions.create');
  });

  it("instructor over an Anthropic client: chat.completions.create is Claude's Messages API", async () => {
    const c = await onlyCall(py(
      'import anthropic, instructor',
      'claude = instructor.from_anthropic(anthropic.Anthropic())',
      'm = claude.chat.completions.create(model="claude-3-5-haiku-latest", max_tokens=512, response_model=Meeting, messages=[{"role": "user", "content": "Lunch at 1?"}])',
    ));
    assert.deepEqual([c.family, c.model, c.provider, c.maxTokens, c.prompt.text], ['anthropic-messages', 'claude-3-5-haiku-latest', 'anthropic', 512, 'Lunch at 1?']);
  });

  it('uses the one client of the file when the receiver is a parameter', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI',
      'deepseek = OpenAI(base_url="https://api.deepseek.com", api_key="sk-x")',
      'def run(llm, prompt):',
      '    return llm.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": prompt}])',
    ));
    assert.equal(c.provider, 'deepseek');
  });

  it('reads a client type hint on a parameter', async () => {
    const c = await onlyCall(py(
      'from openai import AzureOpenAI',
      'def summarize(client: AzureOpenAI, text: str) -> str:',
      '    return client.chat.completions.create(model="gpt-4o", messages=[]).choices[0].message.content',
    ));
    assert.equal(c.provider, 'azure-foundry');
    assert.equal(c.providerEvidence, 'AzureOpenAI type hint');
  });

  it('follows a helper function that returns the client', async () => {
    const c = await onlyCall(py(
      'from functools import lru_cache',
      'from openai import OpenAI',
      '@lru_cache',
      'def get_client():',
      '    return OpenAI(base_url="https://api.siliconflow.com/v1")',
      'def chat(msg):',
      '    client = get_client()',
      '    return client.chat.completions.create(model="deepseek-ai/DeepSeek-V3", messages=[{"role": "user", "content": msg}])',
    ));
    assert.equal(c.provider, 'siliconflow-com');
  });

  it('handles an aliased client class import', async () => {
    const c = await onlyCall(py(
      'from openai import OpenAI as DeepSeekClient',
      'ds = DeepSeekClient(base_url="https://api.deepseek.com")',
      'ds.chat.completions.create(model="deepseek-chat", messages=[])',
    ));
    assert.equal(c.provider, 'deepseek');
  });

  it('points other OpenAI-compatible SDK clients (Groq, Together) at a custom host', async () => {
    const c = await onlyCall(py(
      'from groq import Groq',
      'client = Groq()',
      'client.chat.completions.create(model="llama3-8b-8192", messages=[])',
    ));
    assert.equal(c.provider, 'custom');
  });

  it('openai.Client aliases, a subclass of OpenAI in the file, and clients of unknown SDKs', async () => {
    const calls = await detectPy(py(
      'import openai',
      'from openai import OpenAI',
      'from zhipuai import ZhipuAI',
      'oc = openai.Client(base_url="https://api.deepseek.com")',
      'class Traced(OpenAI):',
      '    pass',
      'tc = Traced(base_url="https://api.siliconflow.cn/v1")',
      'zp = ZhipuAI(api_key=key)',
      'oc.chat.completions.create(model="deepseek-chat", messages=[])',
      'tc.chat.completions.create(model="Qwen/QwQ-32B", messages=[])',
      'zp.chat.completions.create(model="glm-4-plus", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider, c.providerEvidence]), [
      [9, 'deepseek', 'base_url https://api.deepseek.com'],
      [10, 'siliconflow-cn', 'base_url https://api.siliconflow.cn/v1'],
      [11, 'custom', 'ZhipuAI client'],
    ]);
  });

  it('self attributes set in a base class of the file, and client.with_options(...)', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'class Base:',
      '    def __init__(self, model="deepseek-chat"):',
      '        self.client = OpenAI(base_url="https://api.deepseek.com")',
      '        self.model = model',
      'class Child(Base):',
      '    def run(self):',
      '        return self.client.chat.completions.create(model=self.model, messages=[])',
      'class Other:',
      '    def __init__(self):',
      '        self.client = OpenAI(base_url="https://api.siliconflow.cn/v1")',
      '    def go(self):',
      '        return self.client.with_options(timeout=30).chat.completions.create(model="x", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[8, 'deepseek-chat', 'deepseek'], [13, 'x', 'siliconflow-cn']]);
    assert.equal(calls[1].callee, 'self.client.with_options(…).chat.completions.create');
  });

  it('an API object held in a variable keeps its family and client', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'client = OpenAI(base_url="https://api.deepseek.com")',
      'completions = client.chat.completions',
      'completions.create(model="deepseek-chat", messages=[])',
      'legacy = client.completions',
      'legacy.create(model="deepseek-chat", prompt="x")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.provider]), [[4, 'openai-chat', 'deepseek'], [6, 'openai-completions', 'deepseek']]);
  });
});
