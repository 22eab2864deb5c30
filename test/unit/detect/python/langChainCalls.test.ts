import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

describe('python detector: LangChain', () => {
  it('reports invocations of the model and of chains built from it, not the constructor', async () => {
    const calls = await detectPy(py(
      'import os',
      'from langchain_openai import ChatOpenAI',
      'from langchain_core.prompts import ChatPromptTemplate',
      'from langchain_core.messages import HumanMessage, SystemMessage',
      'llm = ChatOpenAI(model="deepseek-chat", api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com", max_tokens=1024)',
      'prompt = ChatPromptTemplate.from_messages([("system", "You translate to French."), ("human", "{text}")])',
      'chain = prompt | llm',
      'r1 = chain.invoke({"text": "hello"})',
      'r2 = llm.invoke([SystemMessage(content="Be brief"), HumanMessage(content="hi")])',
      'structured = llm.with_structured_output(Answer)',
      'r3 = structured.invoke("What is 2+2?")',
      'for chunk in llm.stream("tell me a joke"):',
      '    pass',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.family, c.model, c.provider]), [
      [8, 'chain.invoke', 'langchain', 'deepseek-chat', 'deepseek'],
      [9, 'llm.invoke', 'langchain', 'deepseek-chat', 'deepseek'],
      [11, 'structured.invoke', 'langchain', 'deepseek-chat', 'deepseek'],
      [12, 'llm.stream', 'langchain', 'deepseek-chat', 'deepseek'],
    ]);
    const chain = callAt(calls, 8);
    assert.equal(chain.prompt.knowledge, 'partial');
    assert.equal(chain.prompt.text, 'You translate to French.\n{text}');
    assert.equal(chain.maxTokens, 1024);
    assert.equal(callAt(calls, 9).prompt.text, 'Be brief\nhi');
    assert.equal(callAt(calls, 12).stream, true);
  });

  it('reports a model that is built but never invoked at its constructor', async () => {
    const c = await onlyCall(py(
      'from langchain_anthropic import ChatAnthropic',
      'from crewai import Agent',
      'llm = ChatAnthropic(model="claude-3-5-sonnet-20240620", temperature=0)',
      'researcher = Agent(role="Researcher", llm=llm)',
    ));
    assert.deepEqual([c.line, c.column, c.callee, c.model, c.provider, c.providerEvidence], [3, 7, 'ChatAnthropic', 'claude-3-5-sonnet-20240620', 'anthropic', 'ChatAnthropic class']);
  });

  it('follows agents, legacy chains, helper functions and self attributes', async () => {
    const calls = await detectPy(py(
      'from langchain_openai import ChatOpenAI, AzureChatOpenAI',
      'from langchain.chains import LLMChain',
      'from langchain.prompts import PromptTemplate',
      'from langgraph.prebuilt import create_react_agent',
      'def get_llm():',
      '    return AzureChatOpenAI(azure_deployment="gpt-4o", api_version="2024-02-01")',
      'agent = create_react_agent(get_llm(), tools)',
      'agent.invoke({"messages": [("user", "weather in SF?")]})',
      'legacy = LLMChain(llm=ChatOpenAI(model_name="gpt-3.5-turbo"), prompt=PromptTemplate.from_template("Name for {product}"))',
      'legacy.run("socks")',
      'class Service:',
      '    def __init__(self):',
      '        self.llm = ChatOpenAI(model="gpt-4o-mini", streaming=True)',
      '        self.chain = prompt | self.llm',
      '    async def answer(self, q):',
      '        return await self.chain.ainvoke({"q": q})',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider, c.stream]), [
      [8, 'gpt-4o', 'azure-foundry', false],
      [10, 'gpt-3.5-turbo', 'openai', false],
      [16, 'gpt-4o-mini', 'openai', true],
    ]);
    assert.equal(callAt(calls, 10).prompt.text, 'Name for {product}\nsocks');
  });

  it('init_chat_model: provider from model_provider= or a provider: prefix', async () => {
    const calls = await detectPy(py(
      'from langchain.chat_models import init_chat_model',
      'a = init_chat_model("deepseek-chat", model_provider="deepseek")',
      'b = init_chat_model("anthropic:claude-3-5-haiku-latest", temperature=0)',
      'c = init_chat_model("gpt-4o")',
      'a.invoke("x")',
      'b.invoke("y")',
      'c.invoke("z")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider]), [[5, 'deepseek-chat', 'deepseek'], [6, 'claude-3-5-haiku-latest', 'anthropic'], [7, 'gpt-4o', 'openai']]);
  });

  it('LangChain classes: ChatDeepSeek, Bedrock (model_id), Google, SiliconFlow through ChatOpenAI', async () => {
    const calls = await detectPy(py(
      'from langchain_deepseek import ChatDeepSeek',
      'from langchain_aws import ChatBedrockConverse',
      'from langchain_google_genai import ChatGoogleGenerativeAI',
      'from langchain_openai import ChatOpenAI',
      'ChatDeepSeek(model="deepseek-reasoner").invoke("a")',
      'ChatBedrockConverse(model_id="us.deepseek.r1-v1:0", region_name="us-west-2").invoke("b")',
      'ChatGoogleGenerativeAI(model="gemini-1.5-pro").invoke("c")',
      'ChatOpenAI(model="Qwen/Qwen2.5-72B-Instruct", openai_api_base="https://api.siliconflow.cn/v1").invoke("d")',
    ));
    assert.deepEqual(calls.map((c) => [c.model, c.provider]), [
      ['deepseek-reasoner', 'deepseek'], ['us.deepseek.r1-v1:0', 'aws-bedrock'], ['gemini-1.5-pro', 'google'], ['Qwen/Qwen2.5-72B-Instruct', 'siliconflow-cn'],
    ]);
  });

  it('old-style direct calls of an LLM object, and LangChain OpenAI (an LLM class) only when imported from langchain', async () => {
    const calls = await detectPy(py(
      'from langchain.llms import OpenAI',
      'llm = OpenAI(temperature=0.9)',
      'text = llm("What would be a good company name?")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.callee]), [[3, 'langchain', 'llm']]);
    assert.equal(calls[0].prompt.text, 'What would be a good company name?');
  });

  it('invoke on things that are not LangChain models is not a call', async () => {
    const calls = await detectPy(py(
      'from langchain_core.prompts import ChatPromptTemplate',
      'prompt = ChatPromptTemplate.from_template("hi {x}")',
      'prompt.invoke({"x": 1})',
      'retriever.invoke("query")',
      'runner.invoke(cli, ["--help"])',
      'graph.stream(inputs)',
    ));
    assert.deepEqual(calls, []);
  });

  it('a model chosen in if/else branches, a conditional or a factory counts as invoked in every branch', async () => {
    const calls = await detectPy(py(
      'from langchain_openai import ChatOpenAI',
      'from langchain_deepseek import ChatDeepSeek',
      'if provider == "deepseek":',
      '    llm = ChatDeepSeek(model="deepseek-chat")',
      'else:',
      '    llm = ChatOpenAI(model="gpt-4o")',
      'llm.invoke("a")',
      'alt = ChatDeepSeek(model="deepseek-reasoner") if fast else ChatOpenAI(model="o3-mini")',
      'alt.invoke("b")',
      'def make(kind):',
      '    if kind == "x":',
      '        return ChatOpenAI(model="gpt-4o-mini")',
      '    return ChatDeepSeek(model="deepseek-chat")',
      'make("x").invoke("c")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee]), [[7, 'llm.invoke'], [9, 'alt.invoke'], [14, 'make(…).invoke']]);
  });

  it('a model handed in as a parameter or attribute counts when its type hint says LangChain model', async () => {
    const calls = await detectPy(py(
      'from langchain_core.language_models import BaseChatModel',
      'from langchain_openai import ChatOpenAI',
      'def summarize(llm: BaseChatModel, text: str) -> str:',
      '    return llm.invoke(f"Summarize: {text}").content',
      'def stream_it(llm: ChatOpenAI):',
      '    return llm.stream("x")',
      'class Agent:',
      '    llm: BaseChatModel',
      '    def run(self):',
      '        return self.llm.invoke("y")',
      'def untyped(llm, q):',
      '    return llm.invoke(q)',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.provider, c.providerEvidence]), [
      [4, null, 'openai', 'family default'],
      [6, null, 'openai', 'ChatOpenAI type hint'],
      [10, null, 'openai', 'family default'],
    ]);
    assert.equal(calls[0].prompt.knowledge, 'partial');
  });
});
