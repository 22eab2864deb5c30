/**
 * Recall probes for frameworks and gateways: LangChain (JS and Python, chat model classes,
 * init_chat_model, chains, agents), LiteLLM (completion, acompletion, Router) and Azure AI Inference.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const FRAMEWORK_SNIPPETS: readonly RecallSnippet[] = [
  snippet('LangChain JS ChatOpenAI.invoke', 'src/lc/basic.ts', `
import { ChatOpenAI } from '@langchain/openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';

const model = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 });

export async function translate(text: string) {
  const res = await model.invoke([new SystemMessage('Translate to French.'), new HumanMessage(text)]);
  return res.content;
}
`),
  snippet('LangChain JS ChatAnthropic.stream', 'src/lc/stream.ts', `
import { ChatAnthropic } from '@langchain/anthropic';

const llm = new ChatAnthropic({ model: 'claude-3-5-sonnet-latest', maxTokens: 1024 });

export async function streamJoke(write: (s: string) => void) {
  const stream = await llm.stream('Tell me a joke about databases.');
  for await (const chunk of stream) write(String(chunk.content));
}
`),
  snippet('LangChain JS prompt.pipe(model).pipe(parser) chain', 'src/lc/chain.ts', `
import { ChatDeepSeek } from '@langchain/deepseek';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { StringOutputParser } from '@langchain/core/output_parsers';

const prompt = ChatPromptTemplate.fromMessages([
  ['system', 'You write product descriptions.'],
  ['human', '{product}'],
]);
const chain = prompt.pipe(new ChatDeepSeek({ model: 'deepseek-chat' })).pipe(new StringOutputParser());

export const describeProduct = (product: string) => chain.invoke({ product });
`),
  snippet('LangChain JS AzureChatOpenAI.batch', 'src/lc/azure.ts', `
import { AzureChatOpenAI } from '@langchain/openai';

const model = new AzureChatOpenAI({
  azureOpenAIApiDeploymentName: 'gpt-4o',
  azureOpenAIApiInstanceName: 'acme-eastus',
  azureOpenAIApiVersion: '2024-10-21',
});

export async function answerAll(questions: string[]) {
  const results = await model.batch(questions);
  return results.map((r) => r.content);
}
`),
  snippet('LangChain JS ChatBedrockConverse', 'src/lc/bedrock.ts', `
import { ChatBedrockConverse } from '@langchain/aws';

const model = new ChatBedrockConverse({ model: 'anthropic.claude-3-5-haiku-20241022-v1:0', region: 'us-east-1' });

export async function sentiment(review: string) {
  const out = await model.invoke(\`Is this review positive or negative? \${review}\`);
  return out.content;
}
`),
  snippet('LangChain JS initChatModel', 'src/lc/universal.ts', `
import { initChatModel } from 'langchain/chat_models/universal';

export async function ask(question: string, provider = 'openai') {
  const model = await initChatModel('gpt-4o-mini', { modelProvider: provider, temperature: 0 });
  const reply = await model.invoke(question);
  return reply.content;
}
`),
  snippet('LangChain JS withStructuredOutput + Gemini', 'src/lc/structured.ts', `
import { ChatGoogleGenerativeAI } from '@langchain/google-genai';
import { z } from 'zod';

const Person = z.object({ name: z.string(), age: z.number() });
const llm = new ChatGoogleGenerativeAI({ model: 'gemini-2.0-flash' });
const extractor = llm.withStructuredOutput(Person);

export async function extractPerson(text: string) {
  return extractor.invoke(text);
}
`),
  snippet('LangGraph createReactAgent with ChatOpenAI (CommonJS)', 'agents/react.cjs', `
const { ChatOpenAI } = require('@langchain/openai');
const { createReactAgent } = require('@langchain/langgraph/prebuilt');
const { tools } = require('./tools');

const agent = createReactAgent({ llm: new ChatOpenAI({ model: 'gpt-4o' }), tools });

async function run(task) {
  const state = await agent.invoke({ messages: [{ role: 'user', content: task }] });
  return state.messages.at(-1).content;
}

module.exports = { run };
`),
  snippet('@azure-rest/ai-inference path("/chat/completions").post', 'src/azure/inference.ts', `
import ModelClient, { isUnexpected } from '@azure-rest/ai-inference';
import { AzureKeyCredential } from '@azure/core-auth';

const client = ModelClient('https://acme.services.ai.azure.com/models', new AzureKeyCredential(process.env.AZURE_INFERENCE_KEY!));

export async function chat(question: string) {
  const response = await client.path('/chat/completions').post({
    body: {
      model: 'DeepSeek-R1',
      messages: [{ role: 'user', content: question }],
      max_tokens: 2048,
    },
  });
  if (isUnexpected(response)) throw response.body.error;
  return response.body.choices[0].message.content;
}
`),
  // ----- Python: LangChain -----
  snippet('python: LangChain ChatOpenAI.invoke', 'lc_app/basic.py', `
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)


def translate(text: str) -> str:
    result = llm.invoke([SystemMessage(content="Translate to German."), HumanMessage(content=text)])
    return result.content
`),
  snippet('python: LangChain prompt | llm | parser chain', 'lc_app/chain.py', `
from langchain_anthropic import ChatAnthropic
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

prompt = ChatPromptTemplate.from_messages([("system", "You are a poet."), ("human", "{topic}")])
model = ChatAnthropic(model="claude-3-5-sonnet-latest", max_tokens=512)
chain = prompt | model | StrOutputParser()


def poem(topic: str) -> str:
    return chain.invoke({"topic": topic})
`),
  snippet('python: LangChain ChatDeepSeek ainvoke', 'lc_app/deepseek_async.py', `
import asyncio

from langchain_deepseek import ChatDeepSeek

llm = ChatDeepSeek(model="deepseek-chat", max_tokens=300)


async def main(questions):
    replies = await asyncio.gather(*(llm.ainvoke(q) for q in questions))
    return [r.content for r in replies]
`),
  snippet('python: LangChain AzureChatOpenAI.stream', 'lc_app/azure_stream.py', `
import os

from langchain_openai import AzureChatOpenAI

llm = AzureChatOpenAI(
    azure_deployment="gpt-4o",
    api_version="2024-10-21",
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
)

for chunk in llm.stream("Write a limerick about cloud bills"):
    print(chunk.content, end="")
`),
  snippet('python: LangChain ChatBedrockConverse.batch', 'lc_app/bedrock_batch.py', `
from langchain_aws import ChatBedrockConverse

llm = ChatBedrockConverse(model="anthropic.claude-3-5-haiku-20241022-v1:0", region_name="us-east-1")


def label(reviews):
    outputs = llm.batch([f"Label the sentiment: {r}" for r in reviews])
    return [o.content for o in outputs]
`),
  snippet('python: LangChain ChatBedrock (legacy) invoke', 'lc_app/bedrock_legacy.py', `
from langchain_aws import ChatBedrock

chat = ChatBedrock(model_id="anthropic.claude-3-sonnet-20240229-v1:0", model_kwargs={"temperature": 0.1})


def ask(q):
    return chat.invoke(q).content
`),
  snippet('python: init_chat_model', 'lc_app/universal.py', `
from langchain.chat_models import init_chat_model

model = init_chat_model("deepseek-chat", model_provider="deepseek", temperature=0)


def answer(question: str) -> str:
    return model.invoke(question).content
`),
  snippet('python: with_structured_output on ChatGoogleGenerativeAI', 'lc_app/structured.py', `
from langchain_google_genai import ChatGoogleGenerativeAI
from pydantic import BaseModel


class Movie(BaseModel):
    title: str
    year: int


llm = ChatGoogleGenerativeAI(model="gemini-2.0-flash")
structured = llm.with_structured_output(Movie)


def movie_from(text):
    return structured.invoke(text)
`),
  snippet('python: LangGraph create_react_agent', 'lc_app/agent.py', `
from langchain_openai import ChatOpenAI
from langgraph.prebuilt import create_react_agent

from .tools import search, calculator

agent = create_react_agent(ChatOpenAI(model="gpt-4.1"), tools=[search, calculator])


def run(task: str):
    result = agent.invoke({"messages": [{"role": "user", "content": task}]})
    return result["messages"][-1].content
`),
  // ----- Python: LiteLLM -----
  snippet('python: litellm completion with provider prefix', 'gateway/lite.py', `
from litellm import completion


def ask(question: str) -> str:
    response = completion(
        model="deepseek/deepseek-chat",
        messages=[{"role": "user", "content": question}],
    )
    return response.choices[0].message.content
`),
  snippet('python: litellm.acompletion', 'gateway/lite_async.py', `
import asyncio

import litellm


async def ask_many(prompts):
    tasks = [
        litellm.acompletion(model="anthropic/claude-3-5-haiku-latest", messages=[{"role": "user", "content": p}])
        for p in prompts
    ]
    return await asyncio.gather(*tasks)
`),
  snippet('python: litellm Router', 'gateway/router.py', `
from litellm import Router

model_list = [
    {"model_name": "fast", "litellm_params": {"model": "groq/llama-3.1-8b-instant"}},
    {"model_name": "smart", "litellm_params": {"model": "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0"}},
]
router = Router(model_list=model_list)


async def route(prompt: str, tier: str = "fast"):
    resp = await router.acompletion(model=tier, messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content
`),
  snippet('python: litellm completion imported under an alias', 'gateway/alias.py', `
from litellm import completion as llm_call

SYSTEM = "Answer in one word."


def one_word(q):
    out = llm_call(model="azure/gpt-4o-prod", messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": q}])
    return out["choices"][0]["message"]["content"]
`),
  snippet('python: litellm embedding', 'gateway/embed.py', `
import litellm


def vectors(texts):
    response = litellm.embedding(model="openai/text-embedding-3-small", input=texts)
    return [d["embedding"] for d in response.data]
`),
  // ----- Python: Azure AI Inference -----
  snippet('python: azure ChatCompletionsClient.complete', 'azure_app/inference.py', `
import os

from azure.ai.inference import ChatCompletionsClient
from azure.ai.inference.models import SystemMessage, UserMessage
from azure.core.credentials import AzureKeyCredential

client = ChatCompletionsClient(
    endpoint="https://acme.services.ai.azure.com/models",
    credential=AzureKeyCredential(os.environ["AZURE_AI_KEY"]),
)


def ask(question):
    response = client.complete(
        model="Phi-4",
        messages=[SystemMessage("You are helpful."), UserMessage(question)],
    )
    return response.choices[0].message.content
`),
  snippet('python: azure aio ChatCompletionsClient streaming', 'azure_app/inference_async.py', `
from azure.ai.inference.aio import ChatCompletionsClient
from azure.identity.aio import DefaultAzureCredential


async def stream_answer(endpoint: str, question: str):
    async with ChatCompletionsClient(endpoint=endpoint, credential=DefaultAzureCredential()) as client:
        response = await client.complete(
            stream=True,
            model="DeepSeek-V3",
            messages=[{"role": "user", "content": question}],
        )
        async for update in response:
            if update.choices:
                print(update.choices[0].delta.content or "", end="")
`),
];
