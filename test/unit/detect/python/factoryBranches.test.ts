import * as assert from 'node:assert/strict';
import { callAt, detectPy, py } from './pyDetect';

const FACTORY = [
  'import os',
  'from openai import OpenAI',
  'def make_client(kind: str) -> OpenAI:',
  '    if kind == "deepseek":',
  '        return OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
  '    elif kind in ("sf", "siliconflow"):',
  '        return OpenAI(api_key=os.environ["SILICONFLOW_API_KEY"], base_url="https://api.siliconflow.cn/v1")',
  '    return OpenAI()',
];

describe('python detector: client factories that branch on their argument', () => {
  it('a literal argument picks its branch: the first return is not taken blindly', async () => {
    const calls = await detectPy(py(
      ...FACTORY,
      'make_client("deepseek").chat.completions.create(model="deepseek-chat", messages=[])',
      'make_client("default").chat.completions.create(model="gpt-4o-mini", messages=[])',
      'make_client("sf").chat.completions.create(model="Qwen/QwQ-32B", messages=[])',
      'KIND = "siliconflow"',
      'client = make_client(kind=KIND)',
      'client.chat.completions.create(model="Qwen/QwQ-32B", messages=[])',
    ));
    assert.deepEqual([callAt(calls, 9).provider, callAt(calls, 9).providerEvidence], ['deepseek', 'base_url https://api.deepseek.com']);
    assert.deepEqual([callAt(calls, 10).provider, callAt(calls, 10).providerEvidence], ['openai', 'family default']);
    assert.equal(callAt(calls, 11).provider, 'siliconflow-cn');
    assert.equal(callAt(calls, 14).provider, 'siliconflow-cn');
  });

  it('an argument that cannot be told falls back to the evidence order instead of the first branch', async () => {
    const calls = await detectPy(py(
      ...FACTORY,
      'def run(kind, text):',
      '    a = make_client(kind).chat.completions.create(model="gpt-4o-mini", messages=[])',
      '    b = make_client(kind).chat.completions.create(model="deepseek-chat", messages=[])',
    ));
    assert.deepEqual([callAt(calls, 10).provider, callAt(calls, 10).providerEvidence], ['openai', 'family default']);
    assert.deepEqual([callAt(calls, 11).provider, callAt(calls, 11).providerEvidence], ['deepseek', 'model deepseek-chat']);
  });

  it('dict lookups by the argument, .get with a default, a default parameter and a conditional return', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'CLIENTS = {"deepseek": OpenAI(base_url="https://api.deepseek.com"), "azure": OpenAI(base_url="https://contoso.openai.azure.com/openai/v1")}',
      'def by_name(name):',
      '    return CLIENTS[name]',
      'def by_get(name):',
      '    return CLIENTS.get(name, OpenAI())',
      'def pick(name="deepseek"):',
      '    return OpenAI(base_url="https://api.deepseek.com") if name == "deepseek" else OpenAI()',
      'by_name("azure").chat.completions.create(model="gpt-4o", messages=[])',
      'by_get("other").chat.completions.create(model="gpt-4o", messages=[])',
      'by_get("deepseek").chat.completions.create(model="deepseek-chat", messages=[])',
      'pick().chat.completions.create(model="deepseek-chat", messages=[])',
      'pick("openai").chat.completions.create(model="gpt-4o", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [
      [9, 'azure-foundry'], [10, 'openai'], [11, 'deepseek'], [12, 'deepseek'], [13, 'openai'],
    ]);
  });

  it('a method factory on self, with a reassigned parameter left undecided', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'class Service:',
      '    def client(self, region="cn"):',
      '        if region == "cn":',
      '            return OpenAI(base_url="https://api.siliconflow.cn/v1")',
      '        return OpenAI(base_url="https://api.siliconflow.com/v1")',
      '    def normalised(self, region):',
      '        region = region.lower()',
      '        if region == "cn":',
      '            return OpenAI(base_url="https://api.siliconflow.cn/v1")',
      '        return OpenAI(base_url="https://api.deepseek.com")',
      '    def run(self):',
      '        self.client("com").chat.completions.create(model="m", messages=[])',
      '        self.client().chat.completions.create(model="m", messages=[])',
      '        self.normalised("cn").chat.completions.create(model="m", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[13, 'siliconflow-com'], [14, 'siliconflow-cn'], [15, 'openai']]);
  });
});
