import * as assert from 'node:assert/strict';
import { detectPy, py } from './pyDetect';

describe('python detector: LangChain classes that are not chat models', () => {
  it('a prompt template built with ChatPromptTemplate(...) is not a call; the chain invocation is', async () => {
    const calls = await detectPy(py(
      'from langchain_deepseek import ChatDeepSeek',
      'from langchain_core.prompts import ChatPromptTemplate',
      'llm = ChatDeepSeek(model="deepseek-chat")',
      'prompt = ChatPromptTemplate([("system", "Translate {a} to {b}."), ("human", "{input}")])',
      'chain = prompt | llm',
      'chain.invoke({"a": "English", "b": "German", "input": "hi"})',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.model, c.provider]), [[6, 'chain.invoke', 'deepseek-chat', 'deepseek']]);
  });

  it('templates, messages, prompt values, results and histories are never call sites, even without a model', async () => {
    const calls = await detectPy(py(
      'from langchain_core.prompts import ChatPromptTemplate, ChatMessagePromptTemplate',
      'from langchain_core.messages import ChatMessage, ChatMessageChunk',
      'from langchain_core.prompt_values import ChatPromptValue',
      'from langchain_core.outputs import ChatResult, ChatGeneration, ChatGenerationChunk',
      'from langchain_community.chat_message_histories import ChatMessageHistory',
      'from langchain_core.chat_history import InMemoryChatMessageHistory',
      'import langchain_core.prompts as lcp',
      'p1 = ChatPromptTemplate([("human", "{q}")])',
      'p2 = ChatPromptTemplate.from_messages([("human", "{q}")])',
      'p3 = ChatMessagePromptTemplate.from_template("{q}", role="user")',
      'm = ChatMessage(role="user", content="hi")',
      'c = ChatMessageChunk(role="user", content="hi")',
      'v = ChatPromptValue(messages=[m])',
      'g = ChatGeneration(message=m)',
      'r = ChatResult(generations=[g])',
      'k = ChatGenerationChunk(message=c)',
      'h = ChatMessageHistory()',
      'lcp.ChatPromptTemplate([("human", "{q}")])',
      'p1.invoke({"q": "x"})',
    ));
    assert.deepEqual(calls, []);
  });

  it('chat model classes from provider packages still count, known or not', async () => {
    const calls = await detectPy(py(
      'from langchain_groq import ChatGroq',
      'from langchain_community.chat_models import ChatTongyi',
      'from langchain.chat_models import init_chat_model',
      'ChatGroq(model="llama-3.1-8b-instant")',
      'ChatTongyi(model="qwen-max")',
      'init_chat_model("deepseek-chat", model_provider="deepseek")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.family]), [
      [4, 'ChatGroq', 'langchain'],
      [5, 'ChatTongyi', 'langchain'],
      [6, 'init_chat_model', 'langchain'],
    ]);
  });
});
