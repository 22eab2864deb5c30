/**
 * Chat model classes declared in the file being scanned: a class that extends a LangChain chat model
 * is one (its super(…) settings name the host), runnables derived from it are invocation targets,
 * and the app's own classes with an `invoke` / `stream` method are not chat models.
 */
import { strict as assert } from 'node:assert';
import { detect, only } from './detectHelper';

describe('TS/JS detector: chat model classes declared in the file', () => {
  it('a subclass of ChatOpenAI that sets its baseURL in super(…) is a chat model of that host', async () => {
    const call = await only(`
import { ChatOpenAI, type ChatOpenAIFields } from '@langchain/openai';
export class ChatDeepSeek extends ChatOpenAI {
  constructor(fields: ChatOpenAIFields) {
    const { configuration, ...rest } = fields || {};
    super({ apiKey: process.env.DEEPSEEK_API_KEY, ...rest, configuration: { ...(configuration || {}), baseURL: 'https://api.deepseek.com/v1' } });
  }
}
export async function review(diff: string) {
  const judge = new ChatDeepSeek({ model: 'deepseek-chat', maxTokens: 512 }).withStructuredOutput(Verdict);
  return judge.invoke(\`Review this diff:\\n\${diff}\`);
}`);
    assert.deepEqual(
      [call.line, call.callee, call.model, call.provider, call.providerEvidence, call.maxTokens],
      [11, 'judge.invoke', 'deepseek-chat', 'deepseek', 'baseURL https://api.deepseek.com/v1', 512],
    );
  });

  it('takes the default model from super(…) and the parent class as provider when nothing else says', async () => {
    const call = await only(`
import { ChatOpenAI } from '@langchain/openai';
class FastModel extends ChatOpenAI {
  constructor(fields = {}) { super({ model: 'gpt-4o-mini', ...fields }); }
}
const withTools = new FastModel().bindTools([searchTool]);
await withTools.stream([{ role: 'user', content: 'Find it' }]);`);
    assert.deepEqual([call.callee, call.model, call.provider, call.providerEvidence, call.stream], ['withTools.stream', 'gpt-4o-mini', 'openai', 'ChatOpenAI class', true]);
  });

  it('an API key env var in super(…) names the host; the chain through prompt.pipe(llm) is the call site', async () => {
    const calls = await detect(`
import { ChatOpenAI } from '@langchain/openai';
import { ChatPromptTemplate } from '@langchain/core/prompts';
class DeepSeekLLM extends ChatOpenAI {
  constructor(model: string) { super({ model, apiKey: process.env.DEEPSEEK_API_KEY }); }
}
const llm = new DeepSeekLLM('deepseek-chat');
const prompt = ChatPromptTemplate.fromTemplate('Summarise {text}');
const chain = prompt.pipe(llm);
export const summary = await chain.invoke({ text });`);
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.provider, c.providerEvidence]), [[10, 'chain.invoke', 'deepseek', 'env DEEPSEEK_API_KEY']]);
  });

  it('follows a chain of local classes up to the LangChain class, and reports an uninvoked one at its constructor', async () => {
    const calls = await detect(`
const { ChatOpenAI } = require('@langchain/openai');
const { ChatAnthropic } = require('@langchain/anthropic');
class CompatibleChat extends ChatOpenAI {
  constructor(fields) { super({ ...fields, configuration: { baseURL: 'https://api.deepseek.com' } }); }
}
class Reasoner extends CompatibleChat {
  constructor() { super({ model: 'deepseek-reasoner' }); }
}
const Claude = class extends ChatAnthropic {};
module.exports = { reasoner: new Reasoner(), claude: new Claude({ model: 'claude-3-5-haiku-latest' }) };`, 'models.js');
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model, c.provider]), [
      [11, 'Reasoner', 'deepseek-reasoner', 'deepseek'],
      [11, 'Claude', 'claude-3-5-haiku-latest', 'anthropic'],
    ]);
  });

  it('the app’s own classes with invoke / stream methods are not chat models', async () => {
    const calls = await detect(`
import { ChatOpenAI } from '@langchain/openai';
import { EventEmitter } from 'node:events';
class ChatDeepSeek {
  async invoke(question: string) { return fetchAnswer(question); }
}
class Feed extends EventEmitter {
  stream() { return this; }
}
class Bot {
  constructor(llm) { this.llm = llm; }
  invoke(q) { return this.llm.invoke(q); }
}
await new ChatDeepSeek().invoke('hi');
new Feed().stream();
const bot = new Bot(new ChatOpenAI({ model: 'gpt-4o' }));
await bot.invoke('hello');`);
    // bot.invoke is the app's wrapper; the model is invoked inside it, through the ChatOpenAI the file
    // passes to Bot's constructor (so that is the call site, not the constructor).
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model]), [[12, 'this.llm.invoke', 'gpt-4o']]);
  });
});
