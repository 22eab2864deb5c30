/**
 * Recall probes for OpenAI-shaped SDK calls (chat, responses, legacy completions, embeddings),
 * including OpenAI-compatible SDKs (Azure, Groq, Together) and the many ways a client reaches the call.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const OPENAI_SNIPPETS: readonly RecallSnippet[] = [
  snippet('client constructed in the file, chat.completions.create', 'src/llm/summarize.ts', `
import OpenAI from 'openai';
import { logger } from '../logger';

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export async function summarize(text: string): Promise<string> {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Summarize in two sentences.' },
      { role: 'user', content: text },
    ],
  });
  logger.debug('tokens', res.usage?.total_tokens);
  return res.choices[0]?.message.content ?? '';
}
`),
  snippet('client imported from another module', 'src/features/tagging.ts', `
import { openai } from './clients';
import type { Article } from '../types';

export async function suggestTags(article: Article): Promise<string[]> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4.1-mini',
    messages: [{ role: 'user', content: \`Suggest 5 tags for: \${article.title}\` }],
  });
  return (completion.choices[0].message.content ?? '').split(',').map((t) => t.trim());
}
`),
  snippet('client passed as parameter named ai', 'src/jobs/translate.ts', `
import type OpenAI from 'openai';

export async function translate(ai: OpenAI, text: string, lang: string) {
  const out = await ai.chat.completions.create({
    model: 'gpt-4o',
    temperature: 0,
    messages: [{ role: 'user', content: \`Translate to \${lang}: \${text}\` }],
  });
  return out.choices[0].message.content;
}
`),
  snippet('client parameter named aiClient with an untyped request', 'src/services/reply.ts', `
import OpenAI from 'openai';

interface Deps { aiClient: OpenAI; maxTokens: number }

export async function draftReply({ aiClient, maxTokens }: Deps, email: string) {
  const response = await aiClient.chat.completions.create({
    model: 'gpt-4o-mini',
    max_tokens: maxTokens,
    messages: [{ role: 'user', content: 'Draft a polite reply to:\\n' + email }],
  });
  return response.choices.map((c) => c.message.content).join('\\n');
}
`),
  snippet('this.client member in a class with a DeepSeek base URL', 'src/providers/deepseekProvider.ts', `
import OpenAI from 'openai';

export class DeepSeekProvider {
  private readonly client: OpenAI;

  constructor(apiKey = process.env.DEEPSEEK_API_KEY) {
    this.client = new OpenAI({ apiKey, baseURL: 'https://api.deepseek.com' });
  }

  async ask(question: string): Promise<string> {
    const result = await this.client.chat.completions.create({
      model: 'deepseek-chat',
      messages: [{ role: 'user', content: question }],
    });
    return result.choices[0].message.content ?? '';
  }
}
`),
  snippet('factory function returning the client', 'src/ai/factory.ts', `
import OpenAI from 'openai';

function createClient(): OpenAI {
  return new OpenAI({ baseURL: process.env.LLM_BASE_URL, apiKey: process.env.LLM_API_KEY });
}

export async function classify(input: string) {
  const r = await createClient().chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: \`Classify sentiment: \${input}\` }],
  });
  return r.choices[0].message.content;
}
`),
  snippet('optional chaining client?.chat?.completions.create', 'src/chat/optional.ts', `
import OpenAI from 'openai';

let client: OpenAI | undefined;

export function init(key: string) {
  client = new OpenAI({ apiKey: key });
}

export async function complete(prompt: string) {
  const res = await client?.chat?.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: prompt }],
  });
  return res?.choices[0]?.message?.content;
}
`),
  snippet('member alias const completions = client.chat.completions', 'src/lib/completions.ts', `
import OpenAI from 'openai';

const client = new OpenAI();
const completions = client.chat.completions;

export async function rewrite(text: string) {
  const res = await completions.create({
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: 'Rewrite more clearly: ' + text }],
  });
  return res.choices[0].message.content;
}
`),
  snippet('prettier-broken chain with .withResponse()', 'src/api/withResponse.ts', `
import OpenAI from 'openai';

const openai = new OpenAI();

export async function askWithHeaders(prompt: string) {
  const { data, response } = await openai.chat.completions
    .create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: prompt }],
    })
    .withResponse();
  console.log(response.headers.get('x-request-id'));
  return data.choices[0].message.content;
}
`),
  snippet('request object built elsewhere in the file', 'src/pipeline/request.ts', `
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';

const client = new OpenAI();

const baseRequest: ChatCompletionCreateParamsNonStreaming = {
  model: 'gpt-4o-mini',
  temperature: 0.2,
  messages: [{ role: 'system', content: 'You extract dates.' }],
};

export async function extractDates(text: string) {
  const request = { ...baseRequest, messages: [...baseRequest.messages, { role: 'user' as const, content: text }] };
  const res = await client.chat.completions.create(request);
  return res.choices[0].message.content;
}
`),
  snippet('request passed in as a parameter, .asResponse()', 'src/gateway/passthrough.ts', `
import type OpenAI from 'openai';
import type { ChatCompletionCreateParams } from 'openai/resources';

export async function forward(llm: OpenAI, params: ChatCompletionCreateParams) {
  const raw = await llm.chat.completions.create(params).asResponse();
  return new Response(raw.body, { status: raw.status, headers: raw.headers });
}
`),
  snippet('streaming chat with for await', 'src/cli/stream.ts', `
import OpenAI from 'openai';

const client = new OpenAI();

export async function streamAnswer(question: string, write: (s: string) => void) {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o',
    stream: true,
    messages: [{ role: 'user', content: question }],
  });
  for await (const chunk of stream) {
    write(chunk.choices[0]?.delta?.content ?? '');
  }
}
`),
  snippet('responses.create with instructions and input', 'src/agents/planner.ts', `
import OpenAI from 'openai';

const client = new OpenAI();

export async function plan(goal: string) {
  const response = await client.responses.create({
    model: 'gpt-4.1',
    instructions: 'You are a planning assistant. Reply with numbered steps.',
    input: goal,
  });
  return response.output_text;
}
`),
  snippet('responses.create through a gpt parameter', 'src/agents/critic.ts', `
import type OpenAI from 'openai';

export async function critique(gpt: OpenAI, draft: string): Promise<string> {
  const r = await gpt.responses.create({
    model: 'o4-mini',
    reasoning: { effort: 'medium' },
    input: [{ role: 'user', content: \`Critique this draft:\\n\${draft}\` }],
  });
  return r.output_text;
}
`),
  snippet('embeddings.create for a vector index', 'src/search/embed.ts', `
import OpenAI from 'openai';
import { upsert } from './vectorStore';

const openaiClient = new OpenAI();

export async function indexDocs(docs: { id: string; text: string }[]) {
  const { data } = await openaiClient.embeddings.create({
    model: 'text-embedding-3-small',
    input: docs.map((d) => d.text),
  });
  await upsert(docs.map((d, i) => ({ id: d.id, values: data[i].embedding })));
}
`),
  snippet('legacy completions.create with prompt', 'src/legacy/instruct.ts', `
import OpenAI from 'openai';

const client = new OpenAI();

export async function autocomplete(prefix: string) {
  const completion = await client.completions.create({
    model: 'gpt-3.5-turbo-instruct',
    prompt: prefix,
    max_tokens: 64,
  });
  return completion.choices[0].text;
}
`),
  snippet('openai v3 createChatCompletion (CommonJS)', 'server/chatbot.js', `
const { Configuration, OpenAIApi } = require('openai');
const express = require('express');

const configuration = new Configuration({ apiKey: process.env.OPENAI_API_KEY });
const openai = new OpenAIApi(configuration);
const router = express.Router();

router.post('/ask', async (req, res) => {
  const completion = await openai.createChatCompletion({
    model: 'gpt-3.5-turbo',
    messages: [{ role: 'user', content: req.body.question }],
  });
  res.json({ answer: completion.data.choices[0].message.content });
});

module.exports = router;
`),
  snippet('openai v3 createCompletion (CommonJS)', 'lib/poem.js', `
'use strict';
const { Configuration, OpenAIApi } = require('openai');

const api = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_KEY }));

async function writePoem(topic) {
  const response = await api.createCompletion({
    model: 'text-davinci-003',
    prompt: 'Write a short poem about ' + topic,
    max_tokens: 120,
  });
  return response.data.choices[0].text.trim();
}

module.exports = { writePoem };
`),
  snippet('@azure/openai OpenAIClient.getChatCompletions', 'src/azure/legacyClient.ts', `
import { OpenAIClient, AzureKeyCredential } from '@azure/openai';

const endpoint = process.env.AZURE_OPENAI_ENDPOINT!;
const client = new OpenAIClient(endpoint, new AzureKeyCredential(process.env.AZURE_OPENAI_KEY!));

export async function answer(question: string) {
  const result = await client.getChatCompletions('gpt-4o-deployment', [
    { role: 'system', content: 'You are a support bot.' },
    { role: 'user', content: question },
  ]);
  return result.choices[0].message?.content;
}
`),
  snippet('AzureOpenAI client from the openai package', 'src/azure/client.ts', `
import { AzureOpenAI } from 'openai';
import { DefaultAzureCredential, getBearerTokenProvider } from '@azure/identity';

const azureADTokenProvider = getBearerTokenProvider(new DefaultAzureCredential(), 'https://cognitiveservices.azure.com/.default');
const client = new AzureOpenAI({ azureADTokenProvider, deployment: 'gpt-4o', apiVersion: '2024-10-21' });

export async function summarizeTicket(body: string) {
  const result = await client.chat.completions.create({
    model: '',
    messages: [{ role: 'user', content: \`Summarize this ticket: \${body}\` }],
  });
  return result.choices[0].message.content;
}
`),
  snippet('Groq SDK chat completion', 'src/groq.ts', `
import Groq from 'groq-sdk';

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });

export async function fastAnswer(q: string) {
  const chatCompletion = await groq.chat.completions.create({
    messages: [{ role: 'user', content: q }],
    model: 'llama-3.3-70b-versatile',
  });
  return chatCompletion.choices[0]?.message?.content || '';
}
`),
  snippet('Together SDK chat completion (ESM .mjs)', 'scripts/together.mjs', `
import Together from 'together-ai';
import { readFile } from 'node:fs/promises';

const together = new Together();
const notes = await readFile('notes.txt', 'utf8');

const response = await together.chat.completions.create({
  model: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
  messages: [{ role: 'user', content: 'Turn these notes into a list:\\n' + notes }],
});
console.log(response.choices[0].message.content);
`),
  snippet('Promise.all over a shared llm client', 'src/batch/labels.ts', `
import OpenAI from 'openai';

export const llm = new OpenAI({ baseURL: 'https://api.siliconflow.cn/v1', apiKey: process.env.SILICONFLOW_API_KEY });

export async function labelAll(items: string[]) {
  return Promise.all(
    items.map(async (item) => {
      const r = await llm.chat.completions.create({
        model: 'Qwen/Qwen2.5-7B-Instruct',
        messages: [{ role: 'user', content: \`Label: \${item}\` }],
      });
      return r.choices[0].message.content;
    }),
  );
}
`),
  snippet('dynamic import of the SDK', 'src/lazy/lazyClient.ts', `
export async function lazyAnswer(prompt: string) {
  const { default: OpenAI } = await import('openai');
  const client = new OpenAI();
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: prompt }],
  });
  return res.choices[0].message.content;
}
`),
  snippet('chat.completions.stream helper with events', 'src/stream/helper.ts', `
import OpenAI from 'openai';

const client = new OpenAI();

export async function streamStory(onText: (t: string) => void) {
  const runner = client.chat.completions.stream({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'Tell me a very short story.' }],
  });
  runner.on('content', (delta) => onText(delta));
  return runner.finalChatCompletion();
}
`),
  snippet('ESM JavaScript with dotenv and top-level function', 'bot/reply.js', `
import 'dotenv/config';
import OpenAI from "openai";

const openai = new OpenAI();

export async function reply(history) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: history,
  });
  return completion.choices[0].message;
}
`),
  snippet('CommonJS require of the v4 SDK inside a handler', 'functions/handler.js', `
const OpenAI = require('openai');

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

exports.handler = async (event) => {
  const { prompt } = JSON.parse(event.body || '{}');
  const out = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: prompt }],
  });
  return { statusCode: 200, body: JSON.stringify({ text: out.choices[0].message.content }) };
};
`),
  snippet('Next.js server action in a .tsx file', 'app/notes/actions.tsx', `
'use server';
import OpenAI from 'openai';
import { revalidatePath } from 'next/cache';

const openai = new OpenAI();

export async function improveNote(formData: FormData) {
  const note = String(formData.get('note') ?? '');
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: \`Improve this note: \${note}\` }],
  });
  revalidatePath('/notes');
  return <p>{res.choices[0].message.content}</p>;
}
`),
  // ----- Python -----
  snippet('python: client constructed in the file', 'app/summarize.py', `
import os
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])


def summarize(text: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarize briefly."},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message.content
`),
  snippet('python: AsyncOpenAI with DeepSeek base_url', 'bots/deepseek_bot.py', `
import asyncio
import os

from openai import AsyncOpenAI

client = AsyncOpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")


async def ask(question):
    resp = await client.chat.completions.create(
        model="deepseek-reasoner",
        messages=[{"role": "user", "content": question}],
    )
    return resp.choices[0].message.content


if __name__ == "__main__":
    print(asyncio.run(ask("What is 2 + 2?")))
`),
  snippet('python: client imported from a sibling module', 'service/handlers/feedback.py', `
from ..clients import openai_client
from ..models import Feedback


def categorize(feedback: Feedback) -> str:
    result = openai_client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"Categorize: {feedback.text}"}],
        temperature=0,
    )
    return result.choices[0].message.content.strip()
`),
  snippet('python: client parameter named llm', 'pipeline/steps.py', `
from openai import OpenAI


def extract_entities(llm: OpenAI, document: str) -> list[str]:
    completion = llm.chat.completions.create(
        model="gpt-4.1-mini",
        messages=[{"role": "user", "content": "List the named entities in:\\n" + document}],
    )
    return completion.choices[0].message.content.splitlines()
`),
  snippet('python: self.client in a service class', 'services/assistant.py', `
import logging

from openai import OpenAI

log = logging.getLogger(__name__)


class Assistant:
    def __init__(self, model: str = "gpt-4o-mini"):
        self.client = OpenAI()
        self.model = model

    def reply(self, history):
        log.info("replying to %d messages", len(history))
        response = self.client.chat.completions.create(model=self.model, messages=history)
        return response.choices[0].message.content
`),
  snippet('python: factory get_client() and member alias', 'core/llm.py', `
from functools import lru_cache

from openai import OpenAI


@lru_cache
def get_client() -> OpenAI:
    return OpenAI(base_url="https://api.siliconflow.com/v1")


def chat(prompt: str) -> str:
    completions = get_client().chat.completions
    out = completions.create(
        model="deepseek-ai/DeepSeek-V3",
        messages=[{"role": "user", "content": prompt}],
    )
    return out.choices[0].message.content
`),
  snippet('python: with_raw_response and a chain in parentheses', 'app/raw.py', `
from openai import OpenAI

client = OpenAI()


def ask_with_headers(prompt):
    raw = (
        client.chat.completions
        .with_raw_response
        .create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
    )
    print(raw.headers.get("x-ratelimit-remaining-tokens"))
    return raw.parse().choices[0].message.content
`),
  snippet('python: request dict unpacked with **params', 'jobs/batch_job.py', `
from openai import OpenAI

client = OpenAI()

DEFAULTS = {"model": "gpt-4o-mini", "temperature": 0.3, "max_tokens": 400}


def run(prompt, **overrides):
    params = {**DEFAULTS, **overrides, "messages": [{"role": "user", "content": prompt}]}
    return client.chat.completions.create(**params)
`),
  snippet('python: responses.create', 'agents/researcher.py', `
from openai import OpenAI

client = OpenAI()


def research(topic: str) -> str:
    response = client.responses.create(
        model="gpt-4.1",
        tools=[{"type": "web_search_preview"}],
        input=f"Write a short brief about {topic}",
    )
    return response.output_text
`),
  snippet('python: embeddings.create', 'rag/embedder.py', `
from typing import List

from openai import OpenAI

_client = OpenAI()


def embed_texts(texts: List[str]) -> List[List[float]]:
    response = _client.embeddings.create(model="text-embedding-3-large", input=texts)
    return [item.embedding for item in response.data]
`),
  snippet('python: legacy openai.ChatCompletion.create (v0.x)', 'legacy/chat_v0.py', `
import openai

openai.api_key = "sk-..."


def chat(messages):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=messages,
        temperature=0.7,
    )
    return response["choices"][0]["message"]["content"]
`),
  snippet('python: legacy openai.Completion.create (v0.x)', 'legacy/complete_v0.py', `
import os
import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")


def complete(prompt):
    result = openai.Completion.create(engine="text-davinci-003", prompt=prompt, max_tokens=100)
    return result.choices[0].text
`),
  snippet('python: module-level openai.chat.completions.create', 'scripts/oneshot.py', `
import sys

import openai

question = " ".join(sys.argv[1:])
answer = openai.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": question}],
)
print(answer.choices[0].message.content)
`),
  snippet('python: AzureOpenAI with azure_endpoint', 'azure_app/chat.py', `
import os

from openai import AzureOpenAI

client = AzureOpenAI(
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    api_version="2024-10-21",
)


def answer(question: str) -> str:
    result = client.chat.completions.create(
        model="gpt-4o-prod",
        messages=[{"role": "user", "content": question}],
    )
    return result.choices[0].message.content
`),
  snippet('python: Groq client', 'tools/groq_chat.py', `
from groq import Groq

groq_client = Groq()


def quick(prompt):
    chat_completion = groq_client.chat.completions.create(
        messages=[{"role": "user", "content": prompt}],
        model="llama-3.1-8b-instant",
    )
    return chat_completion.choices[0].message.content
`),
  snippet('python: Together client', 'tools/together_chat.py', `
from together import Together

together = Together()


def stream_reply(prompt):
    stream = together.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    for chunk in stream:
        print(chunk.choices[0].delta.content or "", end="", flush=True)
`),
  snippet('python: structured output with beta.chat.completions.parse', 'extract/invoice.py', `
from openai import OpenAI
from pydantic import BaseModel


class Invoice(BaseModel):
    vendor: str
    total: float


client = OpenAI()


def parse_invoice(text: str) -> Invoice:
    completion = client.beta.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[{"role": "user", "content": text}],
        response_format=Invoice,
    )
    return completion.choices[0].message.parsed
`),
  snippet('python: Huawei MaaS base_url via env var default', 'maas/client.py', `
import os

from openai import OpenAI

BASE_URL = os.getenv("MAAS_BASE_URL", "https://api.modelarts-maas.com/v1")

client = OpenAI(base_url=BASE_URL, api_key=os.environ["MAAS_API_KEY"])


def generate(prompt: str) -> str:
    res = client.chat.completions.create(
        model="DeepSeek-V3",
        messages=[{"role": "user", "content": prompt}],
    )
    return res.choices[0].message.content
`),
];
