/**
 * LangChain agents and graphs: a chat model handed to an agent builder in the same file is called
 * where the agent is invoked, and its constructor is then not a call site; a model the file
 * neither invokes nor hands to an invoked agent is reported at its constructor.
 */
import { strict as assert } from 'node:assert';
import { detect } from './detectHelper';

const row = (c: { line: number; callee: string; model: string | null; provider: string }): [number, string, string | null, string] => [c.line, c.callee, c.model, c.provider];

describe('TS/JS detector: models behind agents and graphs', () => {
  it('createReactAgent({ llm: model }): agent.invoke is the call, the constructor is not', async () => {
    const calls = await detect(`
import { createReactAgent } from '@langchain/langgraph/prebuilt';
import { ChatAnthropic } from '@langchain/anthropic';
const model = new ChatAnthropic({ model: 'claude-3-5-sonnet-latest' });
const agent = createReactAgent({ llm: model, tools: [] });
const result = await agent.invoke({ messages: [{ role: 'user', content: 'Hello' }] });`);
    assert.deepEqual(calls.map(row), [[6, 'agent.invoke', 'claude-3-5-sonnet-latest', 'anthropic']]);
  });

  it('createToolCallingAgent + AgentExecutor, initializeAgentExecutorWithOptions, fromAgentAndTools', async () => {
    const calls = await detect(`
import { ChatOpenAI } from '@langchain/openai';
import { AgentExecutor, createToolCallingAgent, initializeAgentExecutorWithOptions } from 'langchain/agents';
const llm = new ChatOpenAI({ model: 'gpt-4o-mini' });
const agent = createToolCallingAgent({ llm, tools, prompt });
const executor = new AgentExecutor({ agent, tools });
await executor.invoke({ input: 'hi' });
const llm2 = new ChatOpenAI({ model: 'gpt-4o' });
const legacy = await initializeAgentExecutorWithOptions(tools, llm2, { agentType: 'zero-shot-react-description' });
await legacy.call({ input: 'hi' });
const inline = AgentExecutor.fromAgentAndTools({ agent: createToolCallingAgent({ llm: new ChatOpenAI({ model: 'gpt-4.1' }), tools, prompt }), tools });
for await (const chunk of await inline.stream({ input: 'x' })) console.log(chunk);`);
    assert.deepEqual(calls.map(row), [
      [7, 'executor.invoke', 'gpt-4o-mini', 'openai'],
      [10, 'legacy.call', 'gpt-4o', 'openai'],
      [12, 'inline.stream', 'gpt-4.1', 'openai'],
    ]);
  });

  it('StateGraph: the node’s model.invoke is the call; neither graph.invoke nor the constructor is', async () => {
    const calls = await detect(`
import { ChatOpenAI } from '@langchain/openai';
import { StateGraph, MessagesAnnotation } from '@langchain/langgraph';
const model = new ChatOpenAI({ model: 'gpt-4.1-mini' });
const callModel = async (state) => ({ messages: [await model.invoke(state.messages)] });
const app = new StateGraph(MessagesAnnotation).addNode('agent', callModel).addEdge('__start__', 'agent').compile();
await app.invoke({ messages: [] });`);
    assert.deepEqual(calls.map(row), [[5, 'model.invoke', 'gpt-4.1-mini', 'openai']]);
  });

  it('a model neither invoked nor given to an invoked agent is reported at its constructor', async () => {
    const calls = await detect(`
import { ChatOpenAI } from '@langchain/openai';
import { ChatAnthropic } from '@langchain/anthropic';
import { createReactAgent } from '@langchain/langgraph/prebuilt';
const used = new ChatOpenAI({ model: 'gpt-4o' });
export const spare = new ChatAnthropic({ model: 'claude-3-5-haiku-latest' });
const agent = createReactAgent({ llm: used, tools: [] });
await agent.stream({ messages: [] });
// Built here, run by another module: the model is called there, so the constructor stands for it.
const exportedModel = new ChatOpenAI({ model: 'o3-mini' });
export const exportedAgent = createReactAgent({ llm: exportedModel, tools: [] });`);
    assert.deepEqual(calls.map(row), [
      [6, 'ChatAnthropic', 'claude-3-5-haiku-latest', 'anthropic'],
      [8, 'agent.stream', 'gpt-4o', 'openai'],
      [10, 'ChatOpenAI', 'o3-mini', 'openai'],
    ]);
  });
});
