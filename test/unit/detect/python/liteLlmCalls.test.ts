import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

describe('python detector: LiteLLM', () => {
  it('litellm.completion: model exactly as written, provider from its prefix', async () => {
    const c = await onlyCall(py(
      'import litellm',
      'response = litellm.completion(model="deepseek/deepseek-chat", messages=[{"role": "user", "content": "Hello"}], max_tokens=100, stream=True)',
    ));
    assert.deepEqual([c.family, c.column, c.model, c.provider, c.providerEvidence, c.maxTokens, c.stream], [
      'litellm', 20, 'deepseek/deepseek-chat', 'deepseek', 'LiteLLM prefix deepseek/', 100, true,
    ]);
    assert.equal(c.prompt.text, 'Hello');
  });

  it('functions imported by name (also aliased), async variants, embeddings', async () => {
    const calls = await detectPy(py(
      'from litellm import completion, acompletion, embedding',
      'from litellm import completion as llm_call',
      'a = completion(model="bedrock/anthropic.claude-3-sonnet-20240229-v1:0", messages=[])',
      'b = await acompletion(model="azure/my-gpt4o", messages=[])',
      'c = embedding(model="text-embedding-3-small", input=["x"])',
      'd = llm_call(model="gemini/gemini-1.5-pro", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.provider]), [[3, 'aws-bedrock'], [4, 'azure-foundry'], [5, 'openai'], [6, 'google']]);
    assert.equal(callAt(calls, 6).callee, 'llm_call');
  });

  it('api_base and custom_llm_provider override the model prefix', async () => {
    const calls = await detectPy(py(
      'import litellm as ll',
      'x = ll.completion(model="openai/deepseek-chat", api_base="https://api.deepseek.com", messages=[])',
      'y = ll.completion(model="Qwen/QwQ-32B", custom_llm_provider="siliconflow", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.provider, c.baseUrl]), [['deepseek', 'https://api.deepseek.com'], ['siliconflow-com', null]]);
  });

  it('Router: the alias keeps its name, the provider comes from model_list', async () => {
    const c = await onlyCall(py(
      'from litellm import Router',
      'model_list = [{"model_name": "fast", "litellm_params": {"model": "azure/gpt-4o-mini", "api_key": k}}]',
      'router = Router(model_list=model_list)',
      'async def go():',
      '    return await router.acompletion(model="fast", messages=[{"role": "user", "content": "hi"}])',
    ));
    assert.deepEqual([c.model, c.provider], ['fast', 'azure-foundry']);
  });

  it("Router: the deployment's api_base decides the host of an alias", async () => {
    const c = await onlyCall(py(
      'import litellm, os',
      'router = litellm.Router(model_list=[{"model_name": "fast", "litellm_params": {"model": "openai/Qwen/Qwen2.5-7B-Instruct", "api_base": "https://api.siliconflow.cn/v1", "api_key": os.environ["SF_KEY"]}}])',
      'r = router.completion(model="fast", messages=[{"role": "user", "content": "hi"}])',
    ));
    assert.deepEqual([c.model, c.provider, c.baseUrl], ['fast', 'siliconflow-cn', 'https://api.siliconflow.cn/v1']);
  });

  it('a completion() that does not come from litellm is not a call', async () => {
    const calls = await detectPy(py(
      'from myapp.llm import completion',
      'def embedding(x):',
      '    return x',
      'completion(model="gpt-4o", messages=[])',
      'embedding("x")',
      'task.completion()',
    ));
    assert.deepEqual(calls, []);
  });
});
