/**
 * Recall probes for raw HTTP calls to LLM endpoints: fetch / axios / got / ky in TS and JS,
 * requests / httpx / aiohttp in Python, to known hosts and to unknown hosts on unmistakable routes,
 * with URLs written as literals, template strings, f-strings, constants and environment variables.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const RAW_HTTP_SNIPPETS: readonly RecallSnippet[] = [
  snippet('fetch to api.deepseek.com', 'src/http/deepseek.ts', `
export async function askDeepSeek(question: string): Promise<string> {
  const res = await fetch('https://api.deepseek.com/chat/completions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: \`Bearer \${process.env.DEEPSEEK_API_KEY}\` },
    body: JSON.stringify({ model: 'deepseek-chat', messages: [{ role: 'user', content: question }] }),
  });
  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
  const data = await res.json();
  return data.choices[0].message.content;
}
`),
  snippet('axios.post to api.siliconflow.cn', 'src/http/siliconflow.ts', `
import axios from 'axios';

const API_KEY = process.env.SF_KEY;

export async function qwen(prompt: string) {
  const { data } = await axios.post(
    'https://api.siliconflow.cn/v1/chat/completions',
    { model: 'Qwen/Qwen2.5-72B-Instruct', messages: [{ role: 'user', content: prompt }], max_tokens: 512 },
    { headers: { Authorization: \`Bearer \${API_KEY}\` } },
  );
  return data.choices[0].message.content;
}
`),
  snippet('got.post to api.siliconflow.com (CommonJS)', 'lib/sfGlobal.js', `
const got = require('got');

async function complete(prompt) {
  const body = await got
    .post('https://api.siliconflow.com/v1/chat/completions', {
      json: { model: 'deepseek-ai/DeepSeek-V3', messages: [{ role: 'user', content: prompt }] },
      headers: { authorization: 'Bearer ' + process.env.SILICONFLOW_KEY },
    })
    .json();
  return body.choices[0].message.content;
}

module.exports = complete;
`),
  snippet('ky.post to a Huawei MaaS host', 'src/http/maas.ts', `
import ky from 'ky';

const MAAS_URL = 'https://api.modelarts-maas.com/v1/chat/completions';

export async function maasChat(prompt: string) {
  const result = await ky
    .post(MAAS_URL, {
      headers: { Authorization: \`Bearer \${process.env.MAAS_API_KEY}\` },
      json: { model: 'DeepSeek-R1', messages: [{ role: 'user', content: prompt }] },
    })
    .json<{ choices: { message: { content: string } }[] }>();
  return result.choices[0].message.content;
}
`),
  snippet('fetch to a regional Huawei MaaS infers URL', 'src/http/maasRegional.ts', `
const ENDPOINT = 'https://maas-cn-southwest-2.modelarts-maas.com/v1/infers/271c9332-4aa6-4ff5-95b3-0cf8bd94c394/v1/chat/completions';

export async function ascendChat(content: string) {
  const r = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + process.env.MAAS_KEY },
    body: JSON.stringify({ model: 'DeepSeek-V3', messages: [{ role: 'user', content }], stream: false }),
  });
  return r.json();
}
`),
  snippet('fetch to *.openai.azure.com with a template URL', 'src/http/azureOpenAi.ts', `
const resource = process.env.AZURE_RESOURCE ?? 'acme';
const deployment = 'gpt-4o-mini';
const apiVersion = '2024-10-21';

export async function azureChat(question: string) {
  const url = \`https://\${resource}.openai.azure.com/openai/deployments/\${deployment}/chat/completions?api-version=\${apiVersion}\`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'api-key': process.env.AZURE_OPENAI_KEY ?? '', 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: question }], max_tokens: 400 }),
  });
  return (await res.json()).choices[0].message.content as string;
}
`),
  snippet('fetch to *.services.ai.azure.com', 'src/http/foundry.js', `
export async function foundryChat(messages) {
  const response = await fetch('https://acme-hub.services.ai.azure.com/models/chat/completions?api-version=2024-05-01-preview', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'api-key': process.env.AZURE_AI_KEY },
    body: JSON.stringify({ model: 'Llama-3.3-70B-Instruct', messages }),
  });
  return response.json();
}
`),
  snippet('fetch to bedrock-runtime converse with a bearer key', 'src/http/bedrockRaw.ts', `
const region = process.env.AWS_REGION ?? 'us-east-1';
const modelId = 'us.anthropic.claude-3-5-haiku-20241022-v1:0';

export async function converseRaw(text: string) {
  const res = await fetch(\`https://bedrock-runtime.\${region}.amazonaws.com/model/\${encodeURIComponent(modelId)}/converse\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${process.env.AWS_BEARER_TOKEN_BEDROCK}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: [{ text }] }] }),
  });
  return res.json();
}
`),
  snippet('fetch to api.openai.com/v1/responses', 'src/http/responses.ts', `
export async function respond(input: string) {
  const res = await fetch('https://api.openai.com/v1/responses', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4.1-mini', input }),
  });
  const json = await res.json();
  return json.output_text ?? json.output?.[0]?.content?.[0]?.text;
}
`),
  snippet('axios instance with baseURL api.openai.com', 'src/http/axiosInstance.ts', `
import axios from 'axios';

const http = axios.create({
  baseURL: 'https://api.openai.com/v1',
  headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` },
});

export async function chat(content: string) {
  const { data } = await http.post('/chat/completions', { model: 'gpt-4o-mini', messages: [{ role: 'user', content }] });
  return data.choices[0].message.content;
}
`),
  snippet('fetch to api.anthropic.com/v1/messages', 'src/http/anthropicRaw.ts', `
export async function claudeRaw(prompt: string) {
  const response = await fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_API_KEY!,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ model: 'claude-3-5-haiku-latest', max_tokens: 256, messages: [{ role: 'user', content: prompt }] }),
  });
  return response.json();
}
`),
  snippet('fetch to generativelanguage.googleapis.com :generateContent', 'src/http/geminiRaw.js', `
const MODEL = 'gemini-2.0-flash';

export async function geminiRaw(text) {
  const url = \`https://generativelanguage.googleapis.com/v1beta/models/\${MODEL}:generateContent?key=\${process.env.GEMINI_KEY}\`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ contents: [{ parts: [{ text }] }] }),
  });
  const data = await res.json();
  return data.candidates?.[0]?.content?.parts?.[0]?.text;
}
`),
  snippet('self-hosted base URL from env + /v1/chat/completions', 'src/http/selfHosted.ts', `
const BASE_URL = process.env.LLM_BASE_URL ?? 'http://localhost:8000';

export async function localChat(prompt: string) {
  const res = await fetch(\`\${BASE_URL}/v1/chat/completions\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'qwen2.5-7b-instruct', messages: [{ role: 'user', content: prompt }] }),
  });
  return (await res.json()).choices[0].message.content;
}
`),
  snippet('unknown gateway host with /v1/messages route (CommonJS)', 'lib/gatewayClaude.js', `
const fetch = require('node-fetch');

const GATEWAY = 'https://llm-gateway.internal.example.net';

async function ask(prompt) {
  const res = await fetch(GATEWAY + '/v1/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': process.env.GATEWAY_KEY, 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-sonnet-4-20250514', max_tokens: 500, messages: [{ role: 'user', content: prompt }] }),
  });
  return res.json();
}

module.exports = { ask };
`),
  snippet('Ollama :11434/api/chat', 'src/http/ollama.ts', `
interface OllamaReply { message: { role: string; content: string } }

export async function ollamaChat(prompt: string, model = 'llama3.2'): Promise<string> {
  const res = await fetch('http://localhost:11434/api/chat', {
    method: 'POST',
    body: JSON.stringify({ model, stream: false, messages: [{ role: 'user', content: prompt }] }),
  });
  const reply = (await res.json()) as OllamaReply;
  return reply.message.content;
}
`),
  snippet('streamGenerateContent route on a proxy host', 'src/http/geminiProxy.ts', `
const PROXY = process.env.GEMINI_PROXY_URL!;

export async function streamGemini(text: string) {
  const res = await fetch(\`\${PROXY}/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-goog-api-key': process.env.GEMINI_KEY ?? '' },
    body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text }] }] }),
  });
  return res.body;
}
`),
  snippet('React component calling DeepSeek directly with fetch', 'src/components/AskBox.tsx', `
import { useState } from 'react';

const API_URL = 'https://api.deepseek.com/v1/chat/completions';

export function AskBox({ apiKey }: { apiKey: string }) {
  const [answer, setAnswer] = useState('');
  const ask = async (q: string) => {
    const r = await fetch(API_URL, {
      method: 'POST',
      headers: { Authorization: \`Bearer \${apiKey}\`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'deepseek-chat', messages: [{ role: 'user', content: q }] }),
    });
    setAnswer((await r.json()).choices[0].message.content);
  };
  return <div><button onClick={() => ask('Hello')}>Ask</button><p>{answer}</p></div>;
}
`),
  // ----- Python -----
  snippet('python: requests.post to api.deepseek.com', 'http_app/deepseek.py', `
import os

import requests

API_URL = "https://api.deepseek.com/chat/completions"


def ask(question: str) -> str:
    headers = {"Authorization": f"Bearer {os.environ['DEEPSEEK_API_KEY']}"}
    payload = {"model": "deepseek-chat", "messages": [{"role": "user", "content": question}]}
    resp = requests.post(API_URL, json=payload, headers=headers, timeout=60)
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]
`),
  snippet('python: httpx.AsyncClient to api.siliconflow.cn', 'http_app/siliconflow.py', `
import os

import httpx


async def qwen(prompt: str) -> str:
    async with httpx.AsyncClient(timeout=120) as http:
        r = await http.post(
            "https://api.siliconflow.cn/v1/chat/completions",
            headers={"Authorization": "Bearer " + os.environ["SILICONFLOW_API_KEY"]},
            json={"model": "Qwen/QwQ-32B", "messages": [{"role": "user", "content": prompt}]},
        )
    return r.json()["choices"][0]["message"]["content"]
`),
  snippet('python: aiohttp session.post to a Huawei MaaS host', 'http_app/maas.py', `
import os

import aiohttp

MAAS_ENDPOINT = "https://api.modelarts-maas.com/v1/chat/completions"


async def maas_chat(session: aiohttp.ClientSession, prompt: str):
    headers = {"Authorization": f"Bearer {os.getenv('MAAS_API_KEY')}", "Content-Type": "application/json"}
    body = {"model": "DeepSeek-V3", "messages": [{"role": "user", "content": prompt}]}
    async with session.post(MAAS_ENDPOINT, json=body, headers=headers) as resp:
        data = await resp.json()
        return data["choices"][0]["message"]["content"]
`),
  snippet('python: f-string URL to *.openai.azure.com', 'http_app/azure.py', `
import os

import requests

RESOURCE = os.environ["AZURE_OPENAI_RESOURCE"]
DEPLOYMENT = "gpt-4o"


def azure_chat(messages):
    url = f"https://{RESOURCE}.openai.azure.com/openai/deployments/{DEPLOYMENT}/chat/completions?api-version=2024-10-21"
    r = requests.post(url, headers={"api-key": os.environ["AZURE_OPENAI_KEY"]}, json={"messages": messages})
    return r.json()
`),
  snippet('python: env base URL + /v1/chat/completions via a Session', 'http_app/vllm.py', `
import os

import requests

session = requests.Session()
session.headers.update({"Content-Type": "application/json"})
BASE = os.environ.get("VLLM_URL", "http://gpu-box:8000")


def generate(prompt, model="mistral-7b-instruct"):
    resp = session.post(BASE + "/v1/chat/completions", json={"model": model, "messages": [{"role": "user", "content": prompt}]})
    return resp.json()["choices"][0]["message"]["content"]
`),
  snippet('python: raw Anthropic messages with httpx', 'http_app/anthropic_raw.py', `
import os

import httpx

client = httpx.Client(base_url="https://api.anthropic.com", timeout=60)


def claude(prompt):
    response = client.post(
        "/v1/messages",
        headers={"x-api-key": os.environ["ANTHROPIC_API_KEY"], "anthropic-version": "2023-06-01"},
        json={"model": "claude-3-5-haiku-latest", "max_tokens": 300, "messages": [{"role": "user", "content": prompt}]},
    )
    return response.json()["content"][0]["text"]
`),
  snippet('python: generativelanguage.googleapis.com generateContent', 'http_app/gemini_raw.py', `
import os

import requests

MODEL = "gemini-2.0-flash"
URL = f"https://generativelanguage.googleapis.com/v1beta/models/{MODEL}:generateContent"


def gemini(text):
    r = requests.post(URL, params={"key": os.environ["GEMINI_API_KEY"]}, json={"contents": [{"parts": [{"text": text}]}]})
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]
`),
  snippet('python: api.openai.com with urllib.request', 'http_app/stdlib.py', `
import json
import os
import urllib.request


def ask(prompt):
    req = urllib.request.Request(
        "https://api.openai.com/v1/chat/completions",
        data=json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}).encode(),
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"], "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req) as resp:
        return json.load(resp)["choices"][0]["message"]["content"]
`),
  snippet('python: *.services.ai.azure.com with requests', 'http_app/foundry.py', `
import os

import requests

ENDPOINT = "https://acme-hub.services.ai.azure.com/models/chat/completions?api-version=2024-05-01-preview"


def foundry(messages, model="DeepSeek-R1"):
    resp = requests.post(ENDPOINT, headers={"api-key": os.environ["AZURE_AI_KEY"]}, json={"model": model, "messages": messages})
    return resp.json()["choices"][0]["message"]["content"]
`),
  snippet('python: bedrock-runtime REST URL with a bearer key', 'http_app/bedrock_raw.py', `
import os

import requests

REGION = os.getenv("AWS_REGION", "us-west-2")


def converse(model_id, text):
    url = f"https://bedrock-runtime.{REGION}.amazonaws.com/model/{model_id}/converse"
    headers = {"Authorization": f"Bearer {os.environ['AWS_BEARER_TOKEN_BEDROCK']}"}
    body = {"messages": [{"role": "user", "content": [{"text": text}]}]}
    return requests.post(url, json=body, headers=headers).json()
`),
  snippet('python: httpx stream to the older ModelArts inference host, no vendor word elsewhere', 'raw/modelarts_infer.py', `
import json
import os

import httpx

ENDPOINT = "https://infer-modelarts-cn-southwest-2.modelarts-infer.com/v1/infers/952e4f88/v1/chat/completions"


def ask(prompt: str) -> str:
    payload = {"model": "Qwen2.5-72B-Instruct", "messages": [{"role": "user", "content": prompt}]}
    headers = {"Authorization": f"Bearer {os.environ['LLM_TOKEN']}"}
    resp = httpx.post(ENDPOINT, headers=headers, json=payload, timeout=60)
    return json.loads(resp.text)["choices"][0]["message"]["content"]
`),
];
