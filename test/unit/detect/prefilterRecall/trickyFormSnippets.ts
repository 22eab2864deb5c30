/**
 * Recall probes for forms a literal filter is most likely to miss: renamed imports, destructured
 * resources, calls wrapped in retry helpers, clients held in containers or dataclasses, aliased modules.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const TRICKY_FORM_SNIPPETS: readonly RecallSnippet[] = [
  snippet('renamed named import { OpenAI as OAI }', 'src/tricky/renamed.ts', `
import { OpenAI as OAI } from 'openai';

const oai = new OAI();

export async function oneLiner(q: string) {
  return (await oai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: q }] })).choices[0].message.content;
}
`),
  snippet('call wrapped in a retry helper arrow', 'src/tricky/retry.ts', `
import Anthropic from '@anthropic-ai/sdk';
import pRetry from 'p-retry';

const client = new Anthropic();

export async function robustAsk(prompt: string) {
  const msg = await pRetry(
    () =>
      client.messages.create({
        model: 'claude-3-5-haiku-latest',
        max_tokens: 400,
        messages: [{ role: 'user', content: prompt }],
      }),
    { retries: 3 },
  );
  return msg.content;
}
`),
  snippet('client parameter named openaiClient, responses.stream', 'src/tricky/responsesStream.ts', `
import type OpenAI from 'openai';

export async function streamResponse(openaiClient: OpenAI, input: string, emit: (s: string) => void) {
  const stream = openaiClient.responses.stream({ model: 'gpt-4.1-mini', input });
  for await (const event of stream) {
    if (event.type === 'response.output_text.delta') emit(event.delta);
  }
  return stream.finalResponse();
}
`),
  snippet('client parameter named client with optional-chained messages', 'src/tricky/optionalAnthropic.ts', `
import type Anthropic from '@anthropic-ai/sdk';

export async function maybeAsk(client: Anthropic | null, prompt: string) {
  const out = await client?.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 256,
    messages: [{ role: 'user', content: prompt }],
  });
  return out?.content ?? [];
}
`),
  snippet('client stored on an object literal of services', 'src/tricky/services.ts', `
import OpenAI from 'openai';

const services = {
  llm: new OpenAI({ baseURL: 'https://api.deepseek.com/v1', apiKey: process.env.DEEPSEEK_API_KEY }),
  cacheTtl: 60,
};

export async function answer(q: string) {
  const r = await services.llm.chat.completions.create({ model: 'deepseek-chat', messages: [{ role: 'user', content: q }] });
  return r.choices[0].message.content;
}
`),
  snippet('class extending a base that owns the client', 'src/tricky/inheritance.ts', `
import OpenAI from 'openai';

abstract class BaseAgent {
  protected readonly openai = new OpenAI();
  abstract run(input: string): Promise<string>;
}

export class Summarizer extends BaseAgent {
  async run(input: string) {
    const res = await this.openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'system', content: 'Summarize.' }, { role: 'user', content: input }],
    });
    return res.choices[0].message.content ?? '';
  }
}
`),
  snippet('subscript on chat and completions', 'src/tricky/subscriptOpenAi.ts', `
import OpenAI from 'openai';

const client = new OpenAI();

export async function bracketed(prompt: string) {
  const res = await client['chat']['completions'].create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });
  return res.choices[0].message.content;
}
`),
  snippet('client imported under a bland name, no SDK import in the file', 'src/tricky/blandImport.ts', `
import { client } from '@/lib/llm';
import { MODEL } from '@/lib/config';

export async function title(text: string) {
  const r = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: \`Title for: \${text}\` }] });
  return r.choices[0].message.content;
}
`),
  snippet('claude client imported from a local module, model from a constant', 'src/tricky/claudeImported.ts', `
import { claude } from './ai';

const MODEL = 'claude-3-5-haiku-latest';

export async function tldr(text: string) {
  const res = await claude.messages.create({ model: MODEL, max_tokens: 120, messages: [{ role: 'user', content: text }] });
  return res.content;
}
`),
  snippet('gemini client imported from a local module', 'src/tricky/geminiImported.ts', `
import { gemini } from '../ai/clients';

export async function altText(description: string) {
  const res = await gemini.models.generateContent({ model: 'gemini-2.5-flash', contents: description });
  return res.text;
}
`),
  snippet('inline new Anthropic().messages.create', 'src/tricky/inlineCtor.ts', `
import Anthropic from '@anthropic-ai/sdk';

export const quick = (q: string) =>
  new Anthropic().messages.create({ model: 'claude-3-5-haiku-latest', max_tokens: 64, messages: [{ role: 'user', content: q }] });
`),
  snippet('renamed Bedrock command import', 'src/tricky/bedrockAlias.ts', `
import { BedrockRuntimeClient as Runtime, ConverseCommand as Converse } from '@aws-sdk/client-bedrock-runtime';

const rt = new Runtime({ region: 'us-east-1' });

export async function ask(text: string) {
  const out = await rt.send(new Converse({ modelId: 'amazon.nova-lite-v1:0', messages: [{ role: 'user', content: [{ text }] }] }));
  return out.output?.message?.content?.[0]?.text;
}
`),
  snippet('renamed Vercel import generateText as gen', 'src/tricky/vercelAlias.ts', `
import { generateText as gen } from 'ai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';

const maas = createOpenAICompatible({ name: 'maas', baseURL: 'https://api.modelarts-maas.com/v1', apiKey: process.env.MAAS_API_KEY });

export async function run(prompt: string) {
  return (await gen({ model: maas('DeepSeek-V3'), prompt })).text;
}
`),
  snippet('axios config-object form with url', 'src/tricky/axiosConfig.js', `
import axios from 'axios';

export async function deepseek(messages) {
  const res = await axios({
    method: 'post',
    url: 'https://api.deepseek.com/chat/completions',
    headers: { Authorization: 'Bearer ' + process.env.DEEPSEEK_API_KEY },
    data: { model: 'deepseek-chat', messages },
  });
  return res.data;
}
`),
  snippet('new URL(route, base) for a self-hosted server', 'src/tricky/urlObject.ts', `
const base = process.env.OPENAI_COMPAT_URL ?? 'http://127.0.0.1:8080';

export async function chat(content: string) {
  const url = new URL('/v1/chat/completions', base);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'local', messages: [{ role: 'user', content }] }),
  });
  return res.json();
}
`),
  snippet('getGenerativeModel + generateContentStream', 'src/tricky/geminiStream.ts', `
import { GoogleGenerativeAI } from '@google/generative-ai';

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? '');

export async function streamStory(prompt: string, onChunk: (t: string) => void) {
  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
  const result = await model.generateContentStream(prompt);
  for await (const chunk of result.stream) onChunk(chunk.text());
}
`),
  snippet('CommonJS require of @google/genai', 'lib/genaiCjs.js', `
const { GoogleGenAI } = require('@google/genai');

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

async function name(product) {
  const response = await ai.models.generateContent({ model: 'gemini-2.0-flash-lite', contents: 'Name this product: ' + product });
  return response.text;
}

module.exports = { name };
`),
  // ----- Python -----
  snippet('python: aliased import OpenAI as OAI', 'tricky/renamed.py', `
from openai import OpenAI as OAI

oai = OAI()


def one_liner(q):
    return oai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}]).choices[0].message.content
`),
  snippet('python: import anthropic as ant', 'tricky/ant.py', `
import anthropic as ant

client = ant.Anthropic()


def ask(prompt):
    return client.messages.create(model="claude-3-5-haiku-latest", max_tokens=100, messages=[{"role": "user", "content": prompt}])
`),
  snippet('python: client held in a dataclass field', 'tricky/deps.py', `
from dataclasses import dataclass, field

from openai import OpenAI


@dataclass
class Deps:
    llm: OpenAI = field(default_factory=OpenAI)
    model: str = "gpt-4o-mini"


def run(deps: Deps, prompt: str) -> str:
    out = deps.llm.chat.completions.create(model=deps.model, messages=[{"role": "user", "content": prompt}])
    return out.choices[0].message.content
`),
  snippet('python: call inside a tenacity-retried method', 'tricky/retry.py', `
from anthropic import Anthropic
from tenacity import retry, stop_after_attempt, wait_exponential


class Writer:
    def __init__(self):
        self._claude = Anthropic()

    @retry(stop=stop_after_attempt(3), wait=wait_exponential())
    def write(self, brief: str) -> str:
        response = self._claude.messages.create(
            model="claude-sonnet-4-20250514",
            max_tokens=2000,
            messages=[{"role": "user", "content": brief}],
        )
        return response.content[0].text
`),
  snippet('python: openai.OpenAI() constructed through the module', 'tricky/module_ctor.py', `
import openai

client = openai.OpenAI(base_url="https://api.siliconflow.cn/v1")


def chat(prompt):
    return client.chat.completions.create(model="Qwen/Qwen2.5-7B-Instruct", messages=[{"role": "user", "content": prompt}])
`),
  snippet('python: boto3 client passed as parameter named bedrock', 'tricky/bedrock_param.py', `
def summarize(bedrock, text, model_id="amazon.nova-lite-v1:0"):
    response = bedrock.converse(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": f"Summarize: {text}"}]}],
    )
    return response["output"]["message"]["content"][0]["text"]
`),
  snippet('python: inline OpenAI().chat.completions.create', 'tricky/inline.py', `
from openai import OpenAI


def quick(q):
    return OpenAI().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])
`),
  snippet('python: AzureOpenAI responses.create', 'tricky/azure_responses.py', `
from openai import AzureOpenAI

client = AzureOpenAI(azure_endpoint="https://acme.openai.azure.com", api_version="2025-03-01-preview")


def respond(text):
    return client.responses.create(model="gpt-4.1-prod", input=text).output_text
`),
  snippet('python: Anthropic with_raw_response', 'tricky/anthropic_raw.py', `
from anthropic import Anthropic

client = Anthropic()


def ask(prompt):
    raw = client.messages.with_raw_response.create(
        model="claude-3-5-haiku-latest", max_tokens=100, messages=[{"role": "user", "content": prompt}]
    )
    print(raw.headers.get("request-id"))
    return raw.parse()
`),
  snippet('python: generate_content_async on a legacy Gemini model', 'tricky/gemini_async.py', `
import google.generativeai as genai

model = genai.GenerativeModel("gemini-1.5-flash")


async def describe(text):
    response = await model.generate_content_async(text)
    return response.text
`),
  snippet('python: ChatOpenAI renamed and pointed at DeepSeek', 'tricky/lc_alias.py', `
from langchain_openai import ChatOpenAI as Chat

llm = Chat(model="deepseek-chat", base_url="https://api.deepseek.com", api_key="sk-...")


def ask(q):
    return llm.invoke(q).content
`),
  snippet('python: http.client to api.deepseek.com', 'tricky/http_client.py', `
import http.client
import json

conn = http.client.HTTPSConnection("api.deepseek.com")
payload = json.dumps({"model": "deepseek-chat", "messages": [{"role": "user", "content": "Hi"}]})
headers = {"Content-Type": "application/json", "Authorization": "Bearer <TOKEN>"}
conn.request("POST", "/chat/completions", payload, headers)
res = conn.getresponse()
print(res.read().decode("utf-8"))
`),
  snippet('python: requests.request("POST", url)', 'tricky/requests_request.py', `
import json

import requests

url = "https://api.siliconflow.cn/v1/chat/completions"


def ask(prompt, token):
    payload = {"model": "Qwen/Qwen2.5-7B-Instruct", "messages": [{"role": "user", "content": prompt}]}
    response = requests.request("POST", url, json=payload, headers={"Authorization": f"Bearer {token}"})
    return json.loads(response.text)
`),
  snippet('python: f-string host with /v1/messages', 'tricky/fstring_messages.py', `
import os

import httpx

HOST = os.environ["CLAUDE_PROXY_HOST"]


def ask(prompt):
    r = httpx.post(
        f"https://{HOST}/v1/messages",
        headers={"x-api-key": os.environ["PROXY_KEY"], "anthropic-version": "2023-06-01"},
        json={"model": "claude-3-5-sonnet-latest", "max_tokens": 256, "messages": [{"role": "user", "content": prompt}]},
    )
    return r.json()
`),
  snippet('python: streamGenerateContent on a proxy host', 'tricky/gemini_stream_proxy.py', `
import os

import requests

PROXY = os.environ["GEMINI_PROXY"]


def stream(text):
    url = f"{PROXY}/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
    with requests.post(url, json={"contents": [{"parts": [{"text": text}]}]}, stream=True) as r:
        for line in r.iter_lines():
            print(line)
`),
  snippet('python: litellm completion with api_base to a self-hosted server', 'tricky/litellm_base.py', `
import litellm

response = litellm.completion(
    model="hosted_vllm/meta-llama/Llama-3.1-8B-Instruct",
    api_base="http://gpu-01:8000/v1",
    messages=[{"role": "user", "content": "ping"}],
)
print(response.choices[0].message.content)
`),
  snippet('python: functools.partial of chat.completions.create, called by its own name', 'tricky/partial_chat.py', `
from functools import partial

from openai import OpenAI

client = OpenAI()
chat = partial(client.chat.completions.create, model="gpt-4o-mini", temperature=0)


def label(text):
    resp = chat(messages=[{"role": "user", "content": f"Label: {text}"}])
    return resp.choices[0].message.content
`),
  snippet('python: SDK method alias under another name', 'tricky/method_alias.py', `
import anthropic

client = anthropic.Anthropic()
ask = client.messages.create


def answer(question: str) -> str:
    reply = ask(model="claude-3-5-haiku-latest", max_tokens=300, messages=[{"role": "user", "content": question}])
    return reply.content[0].text
`),
];
