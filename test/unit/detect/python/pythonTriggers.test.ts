/**
 * The pre-filter must never drop a file the detector would find a call in. Each snippet below is
 * a minimal file for one match path of the Python detector; each must be detected and must pass
 * the pre-filter.
 */
import * as assert from 'node:assert/strict';
import { mayContainCalls } from '../../../../src/core/detect/prefilter';
import { PYTHON_HOST_TRIGGERS } from '../../../../src/core/detect/python/pythonTriggers';
import { detectPy } from './pyDetect';

const MINIMAL: readonly string[] = [
  'c.chat.completions.create(model="m")',
  'c.completions.create(model="m")',
  'c.responses.create(model="m")',
  'c.embeddings.create(model="m")',
  'c.messages.create(model="m")',
  'msgs = c.messages\nmsgs.create(model="m", messages=[])',
  'completions = client.chat.completions  # bound once\ncompletions.create(model="m")',
  'c.chat.completions.with_raw_response.create(model="m")',
  'x.ChatCompletion.create(model="m")',
  'x.Completion.create(model="m")',
  'x.Embedding.acreate(model="m")',
  'm.generate_content("hi")',
  'm.stream_generate_content("hi")',
  'ch = m.start_chat()\nch.send_message("hi")',
  'ch = c.chats.create(model="m")\nch.send_message_stream("hi")',
  'c.converse(modelId="m")',
  'c.invoke_model(modelId="m")',
  'c = ChatCompletionsClient(endpoint=e)\nc.complete(messages=[])',
  'import litellm\nlitellm.completion(model="m")',
  'from litellm import acompletion as a\na(model="m")',
  'l = ChatOpenAI()\nl.invoke("x")',
  'l = init_chat_model("m")\nl.invoke("x")',
  'from langchain_community.llms import Ollama\nOllama(model="m")',
  'from langchain_foo import SomeLLM\nSomeLLM()',
  'l = BedrockChat()\nl("x")',
  'def f(llm: BaseLLM):\n    llm.invoke("x")',
  'def f(llm: BaseLanguageModel):\n    llm.invoke("x")',
  'requests.post("https://API.DeepSeek.com/x")',
  'requests.post("https://h.example/v1/chat/completions")',
  'requests.post("https://h.example/v1/messages", json={"messages": []})',
  'requests.post("https://h.example/models/m:streamGenerateContent")',
  'OLLAMA = "http://localhost:11434"\nrequests.post(f"{OLLAMA}/api/chat", json={"model": "m", "messages": []})',
  'client.models.embed_content(model="gemini-embedding-001", contents="x")',
  'requests.post("https://h.example/model/m/converse")',
  'requests.post("https://h.example/x/invoke", json={"model": "m", "input": "x"})',
  'requests.post("https://x.openai.azure.com/openai/deployments/d/extensions")',
  'requests.post("https://bedrock-runtime.us-east-1.amazonaws.com/x")',
  'requests.post("https://bedrock-mantle.us-east-1.api.aws/x")',
  'requests.post("https://api.anthropic.com/x")',
  'requests.post("https://api.openai.com/x")',
  'requests.post("https://generativelanguage.googleapis.com/v1beta/models/m:embedContent")',
  'requests.post("https://api.siliconflow.cn/x")',
  'requests.post("https://api.modelarts-maas.com/x")',
  'requests.post("https://infer.myhuaweicloud.com/v1/infers/abc")',
];

describe('python detector: pre-filter triggers', () => {
  for (const snippet of MINIMAL) {
    it(snippet.replace(/\n/g, ' ⏎ '), async () => {
      const calls = await detectPy(snippet + '\n');
      assert.ok(calls.length > 0, 'the snippet must be detected');
      assert.ok(mayContainCalls(snippet, 'python'), 'the pre-filter must pass a detected file');
    });
  }

  it('the route check is case-sensitive like the triggers: an upper-case custom route is not a call', async () => {
    assert.deepEqual(await detectPy('requests.post("https://h.example/V1/CHAT/COMPLETIONS")\n'), []);
  });

  it('host triggers are lower case (matched case-insensitively)', () => {
    for (const t of PYTHON_HOST_TRIGGERS) assert.equal(t, t.toLowerCase());
  });
});

describe('python pre-filter on notebooks (raw .ipynb JSON)', () => {
  it('passes a notebook whose only call goes through a bound API attribute', () => {
    const notebook = JSON.stringify({
      cells: [{ cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: ['msgs = client.messages\n', 'r = msgs.create(model="m", messages=[])\n'] }],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    });
    assert.ok(mayContainCalls(notebook, 'python'));
  });
});
