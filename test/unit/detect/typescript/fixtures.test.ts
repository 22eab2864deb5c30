import { strict as assert } from 'node:assert';
import { brief, detect, fixture } from './detectHelper';

/** Each fixture is a realistic file; the expectations list every call site it holds, nothing more. */
describe('TS/JS detector on fixture files', () => {
  it('finds the DeepSeek calls of an OpenAI client with a baseURL constant', async () => {
    const calls = await detect(fixture('deepseekChat.ts'), 'src/deepseekChat.ts');
    assert.deepEqual(calls.map(brief), [
      { line: 24, family: 'openai-chat', model: 'deepseek-chat', provider: 'deepseek' },
      { line: 32, family: 'openai-chat', model: 'deepseek-reasoner', provider: 'deepseek' },
      { line: 44, family: 'openai-chat', model: 'deepseek-chat', provider: 'deepseek' },
    ]);
    const [first, second, third] = calls;
    assert.equal(first.column, 54);
    assert.equal(first.endColumn, 60);
    assert.equal(first.callee, 'deepseek.chat.completions.create');
    assert.equal(first.file, 'src/deepseekChat.ts');
    assert.equal(first.language, 'typescript');
    assert.equal(first.maxTokens, 1024);
    assert.equal(first.baseUrl, 'https://api.deepseek.com');
    assert.equal(first.providerEvidence, 'baseURL https://api.deepseek.com');
    assert.deepEqual(first.directive, { callsPerDay: 5000, inputTokens: 1200, outputTokens: 300, cacheHit: 0.6 });
    assert.equal(first.prompt.knowledge, 'partial');
    assert.equal(first.prompt.text, 'You are a support assistant for ACME.\nAnswer in at most three sentences.');
    assert.equal(second.stream, true);
    assert.equal(second.directive, null);
    assert.equal(third.prompt.text, 'Summarise: ');
    assert.equal(third.column, 6);
  });

  it('reads Azure clients: AzureOpenAI in a class, the v1 base URL, a constructor-injected client', async () => {
    const calls = await detect(fixture('azureClients.ts'));
    assert.deepEqual(calls.map(brief), [
      { line: 18, family: 'openai-chat', model: 'gpt-4o-mini-prod', provider: 'azure-foundry' },
      { line: 39, family: 'openai-responses', model: 'gpt-4.1-nano', provider: 'azure-foundry' },
      { line: 52, family: 'openai-embeddings', model: 'text-embedding-3-small', provider: 'azure-foundry' },
    ]);
    assert.equal(calls[0].providerEvidence, 'AzureOpenAI client');
    assert.equal(calls[0].maxTokens, 400);
    assert.equal(calls[1].baseUrl, 'https://${resource}.openai.azure.com/openai/v1/');
    assert.equal(calls[1].reasoningEffort, 'low');
    assert.equal(calls[1].prompt.knowledge, 'partial');
    assert.equal(calls[2].prompt.knowledge, 'unknown');
  });

  it('tells SiliconFlow .cn from .com, with env defaults and config objects', async () => {
    const calls = await detect(fixture('siliconflow.mjs'), 'siliconflow.mjs');
    assert.deepEqual(calls.map(brief), [
      { line: 13, family: 'openai-chat', model: 'deepseek-ai/DeepSeek-V3', provider: 'siliconflow-cn' },
      { line: 24, family: 'openai-chat', model: 'deepseek-ai/DeepSeek-R1', provider: 'siliconflow-com' },
    ]);
    assert.equal(calls[0].language, 'javascript');
    assert.equal(calls[0].prompt.text, '把下面的文字翻译成英文。');
    assert.deepEqual([calls[1].stream, calls[1].maxTokens], [true, 4096]);
  });

  it('follows a CommonJS factory function to a Huawei MaaS client', async () => {
    const calls = await detect(fixture('huaweiMaas.cjs'), 'huaweiMaas.cjs');
    assert.deepEqual(calls.map(brief), [{ line: 12, family: 'openai-chat', model: 'DeepSeek-V3', provider: 'huawei-maas' }]);
    assert.equal(calls[0].baseUrl, 'https://api.modelarts-maas.com/v1');
  });

  it('finds Anthropic calls on this.client and AnthropicBedrock, not Twilio messages', async () => {
    const calls = await detect(fixture('anthropicService.ts'));
    assert.deepEqual(calls.map(brief), [
      { line: 16, family: 'anthropic-messages', model: 'claude-sonnet-4-5', provider: 'anthropic' },
      { line: 28, family: 'anthropic-messages', model: 'claude-sonnet-4-5', provider: 'anthropic' },
      { line: 40, family: 'anthropic-messages', model: 'anthropic.claude-3-5-haiku-20241022-v1:0', provider: 'aws-bedrock' },
    ]);
    assert.equal(calls[0].reasoningEffort, 'budget:1024');
    assert.equal(calls[0].prompt.text, 'You are a careful code reviewer. Point out bugs only.\nReview this diff:\n');
    assert.equal(calls[1].stream, true);
    assert.equal(calls[2].prompt.text, 'Write a haiku about ');
  });

  it('finds Bedrock commands with model, limits and the InvokeModel JSON body', async () => {
    const calls = await detect(fixture('bedrockRuntime.ts'));
    assert.deepEqual(calls.map(brief), [
      { line: 15, family: 'bedrock-converse', model: 'us.deepseek.r1-v1:0', provider: 'aws-bedrock' },
      { line: 26, family: 'bedrock-converse', model: 'anthropic.claude-3-haiku-20240307-v1:0', provider: 'aws-bedrock' },
      { line: 42, family: 'bedrock-invoke', model: 'anthropic.claude-3-5-sonnet-20240620-v1:0', provider: 'aws-bedrock' },
    ]);
    assert.equal(calls[0].callee, 'ConverseCommand');
    assert.equal(calls[0].column, 9);
    assert.equal(calls[0].maxTokens, 512);
    assert.equal(calls[0].prompt.text, 'Answer briefly.');
    assert.equal(calls[1].stream, true);
    assert.equal(calls[2].maxTokens, 300);
  });

  it('reads Vercel AI SDK provider imports, createOpenAI baseURL and gateway strings', async () => {
    const calls = await detect(fixture('vercelRoute.ts'));
    assert.deepEqual(calls.map(brief), [
      { line: 17, family: 'vercel-ai', model: 'deepseek-chat', provider: 'deepseek' },
      { line: 27, family: 'vercel-ai', model: 'Qwen/Qwen2.5-72B-Instruct', provider: 'siliconflow-cn' },
      { line: 37, family: 'vercel-ai', model: 'BAAI/bge-m3', provider: 'siliconflow-cn' },
      { line: 42, family: 'vercel-ai', model: 'anthropic/claude-sonnet-4', provider: 'anthropic' },
    ]);
    assert.equal(calls[0].providerEvidence, '@ai-sdk/deepseek import');
    assert.deepEqual([calls[0].stream, calls[0].maxTokens], [true, 800]);
    assert.equal(calls[1].reasoningEffort, 'medium');
    assert.equal(calls[3].prompt.knowledge, 'known');
  });

  it('counts each LangChain invocation and an uninvoked model once', async () => {
    const calls = await detect(fixture('langchainChain.ts'));
    assert.deepEqual(calls.map(brief), [
      { line: 24, family: 'langchain', model: 'deepseek-chat', provider: 'deepseek' },
      { line: 28, family: 'langchain', model: 'deepseek-chat', provider: 'deepseek' },
      { line: 36, family: 'langchain', model: 'deepseek-chat', provider: 'deepseek' },
      { line: 40, family: 'langchain', model: 'deepseek-chat', provider: 'deepseek' },
      { line: 44, family: 'langchain', model: 'claude-3-5-haiku-latest', provider: 'anthropic' },
    ]);
    assert.equal(calls[1].prompt.knowledge, 'known');
    assert.equal(calls[1].prompt.text, 'Be brief.\nWhat is LangChain?');
    assert.deepEqual(calls[1].prompt.messages.map((m) => m.role), ['system', 'user']);
    assert.equal(calls[0].prompt.knowledge, 'partial');
    assert.equal(calls[3].stream, true);
    assert.equal(calls[4].callee, 'ChatAnthropic');
    assert.equal(calls[4].maxTokens, 512);
  });

  it('finds Gemini calls in a TSX component and ignores JSX text', async () => {
    const calls = await detect(fixture('GeminiPanel.tsx'), 'GeminiPanel.tsx');
    assert.deepEqual(calls.map(brief), [
      { line: 15, family: 'google-genai', model: 'gemini-1.5-flash', provider: 'google' },
      { line: 21, family: 'google-genai', model: 'gemini-1.5-flash', provider: 'google' },
    ]);
    assert.equal(calls[0].language, 'typescriptreact');
    assert.equal(calls[0].maxTokens, 600);
    assert.equal(calls[0].prompt.text, 'You explain code to beginners.\nExplain this code:\n');
    assert.equal(calls[1].stream, true);
  });

  it('finds raw HTTP calls to LLM hosts only', async () => {
    const calls = await detect(fixture('rawFetch.js'), 'rawFetch.js');
    assert.deepEqual(calls.map(brief), [
      { line: 7, family: 'raw-http', model: 'deepseek-chat', provider: 'deepseek' },
      { line: 21, family: 'raw-http', model: 'claude-3-5-haiku-20241022', provider: 'anthropic' },
      { line: 32, family: 'raw-http', model: 'gemini-2.0-flash', provider: 'google' },
      { line: 52, family: 'raw-http', model: 'Qwen/Qwen2.5-7B-Instruct', provider: 'custom' },
    ]);
    assert.equal(calls[0].maxTokens, 300);
    assert.equal(calls[1].callee, 'axios.post');
  });

  it('finds the fetch of a JSX component, not the JSX text nor useChat', async () => {
    const calls = await detect(fixture('TranslatePanel.jsx'), 'TranslatePanel.jsx');
    assert.deepEqual(calls.map(brief), [{ line: 12, family: 'raw-http', model: 'THUDM/GLM-4-9B-0414', provider: 'siliconflow-cn' }]);
    assert.deepEqual([calls[0].language, calls[0].maxTokens, calls[0].prompt.knowledge], ['javascriptreact', 512, 'partial']);
    assert.equal(calls[0].prompt.text, 'Translate to English.');
  });

  it('finds nothing in a file that only mentions LLM calls', async () => {
    assert.deepEqual(await detect(fixture('negatives.ts')), []);
  });

  it('reports the SDK call inside a wrapper, not the wrapper calls', async () => {
    const calls = await detect(fixture('wrapper.ts'));
    assert.deepEqual(calls.map(brief), [{ line: 7, family: 'openai-chat', model: 'gpt-4o-mini', provider: 'openai' }]);
  });

  it('reads the openai v3 SDK (Configuration + OpenAIApi)', async () => {
    const calls = await detect(fixture('legacyV3.js'), 'legacyV3.js');
    assert.deepEqual(calls.map(brief), [
      { line: 7, family: 'openai-completions', model: 'text-davinci-003', provider: 'openai' },
      { line: 16, family: 'openai-chat', model: 'gpt-3.5-turbo', provider: 'openai' },
    ]);
    assert.equal(calls[0].maxTokens, 150);
  });

  it('reads @google/genai models, streams and chats', async () => {
    const calls = await detect(fixture('googleGenai.ts'));
    assert.deepEqual(calls.map(brief), [
      { line: 7, family: 'google-genai', model: 'gemini-2.5-flash', provider: 'google' },
      { line: 20, family: 'google-genai', model: 'gemini-2.5-pro', provider: 'google' },
      { line: 31, family: 'google-genai', model: 'gemini-2.0-flash', provider: 'google' },
      { line: 32, family: 'google-genai', model: 'gemini-2.0-flash', provider: 'google' },
      { line: 39, family: 'google-genai', model: 'gemini-2.0-flash-001', provider: 'google' },
    ]);
    assert.equal(calls[0].prompt.text, 'You are a poet.\nWrite a haiku about the sea.');
    assert.equal(calls[0].prompt.knowledge, 'known');
    assert.deepEqual([calls[0].maxTokens, calls[0].reasoningEffort], [100, 'budget:0']);
    assert.equal(calls[1].stream, true);
    assert.equal(calls[2].prompt.text, 'I have two dogs.');
  });
});
