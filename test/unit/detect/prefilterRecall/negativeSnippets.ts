/**
 * Library-style files that share words with LLM calls (messages, responses, completions, embed,
 * invoke, chat, generate) but call no LLM: the detector must report nothing in them.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const NEGATIVE_SNIPPETS: readonly RecallSnippet[] = [
  snippet('i18n messages object and a translate helper', 'src/i18n/messages.ts', `
export const messages = {
  en: { greeting: 'Hello {name}', farewell: 'Goodbye', errors: { required: 'This field is required' } },
  fr: { greeting: 'Bonjour {name}', farewell: 'Au revoir', errors: { required: 'Ce champ est obligatoire' } },
} as const;

type Locale = keyof typeof messages;

export function t(locale: Locale, key: 'greeting' | 'farewell', vars: Record<string, string> = {}) {
  return messages[locale][key].replace(/\\{(\\w+)\\}/g, (_, k: string) => vars[k] ?? '');
}
`),
  snippet('vue-i18n createI18n with messages', 'src/plugins/i18n.js', `
import { createI18n } from 'vue-i18n';
import en from '../locales/en.json';
import de from '../locales/de.json';

export const i18n = createI18n({
  legacy: false,
  locale: navigator.language.startsWith('de') ? 'de' : 'en',
  fallbackLocale: 'en',
  messages: { en, de },
});
`),
  snippet('ESLint rule with meta.messages and context.report', 'eslint-rules/no-todo.js', `
module.exports = {
  meta: {
    type: 'suggestion',
    docs: { description: 'disallow TODO comments without an issue link' },
    messages: { missingLink: 'TODO comments must reference an issue.' },
    schema: [],
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (/TODO(?!\\(#\\d+\\))/.test(comment.value)) context.report({ loc: comment.loc, messageId: 'missingLink' });
        }
      },
    };
  },
};
`),
  snippet('HTTP mock client with a responses queue', 'test-utils/mockHttp.ts', `
interface MockResponse { status: number; body: unknown }

export class MockHttpClient {
  readonly responses: MockResponse[] = [];
  readonly requests: { url: string; body?: unknown }[] = [];

  enqueue(...r: MockResponse[]) {
    this.responses.push(...r);
  }

  async post(url: string, body?: unknown): Promise<MockResponse> {
    this.requests.push({ url, body });
    const next = this.responses.shift();
    if (!next) throw new Error('no queued response for ' + url);
    return next;
  }
}
`),
  snippet('fetching many URLs and collecting responses', 'src/crawler/fetchAll.ts', `
export async function fetchAll(urls: string[]) {
  const responses = await Promise.all(urls.map((u) => fetch(u, { headers: { accept: 'text/html' } })));
  const completions = responses.filter((r) => r.ok).length;
  return { total: urls.length, completions, bodies: await Promise.all(responses.map((r) => r.text())) };
}
`),
  snippet('Twilio client.messages.create (JS)', 'src/notify/sms.js', `
const twilio = require('twilio');

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

async function sendSms(to, body) {
  const message = await client.messages.create({ to, from: process.env.TWILIO_FROM, body });
  return message.sid;
}

module.exports = { sendSms };
`),
  snippet('python: Twilio client.messages.create', 'notify/sms.py', `
import os

from twilio.rest import Client

client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])


def send_sms(to: str, body: str) -> str:
    message = client.messages.create(to=to, from_=os.environ["TWILIO_FROM"], body=body)
    return message.sid
`),
  snippet('Ajv JSON-schema validator', 'src/validation/validate.ts', `
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);

const schema = {
  type: 'object',
  properties: { model: { type: 'string' }, messages: { type: 'array', items: { type: 'object' } } },
  required: ['model'],
};

export const validateConfig = ajv.compile(schema);

export function errorsOf(data: unknown) {
  return validateConfig(data) ? [] : (validateConfig.errors ?? []).map((e) => \`\${e.instancePath} \${e.message}\`);
}
`),
  snippet('python: jsonschema validator', 'validation/check.py', `
from jsonschema import Draft202012Validator

SCHEMA = {
    "type": "object",
    "properties": {"prompt": {"type": "string"}, "completion": {"type": "string"}},
    "required": ["prompt"],
}

validator = Draft202012Validator(SCHEMA)


def problems(record):
    return [error.message for error in validator.iter_errors(record)]
`),
  snippet('video embed component with an iframe', 'src/components/VideoEmbed.tsx', `
interface Props { url: string; title: string }

function embed(url: string): string {
  const id = new URL(url).searchParams.get('v');
  return \`https://www.youtube.com/embed/\${id}\`;
}

export function VideoEmbed({ url, title }: Props) {
  return <iframe src={embed(url)} title={title} allow="autoplay; encrypted-media" allowFullScreen />;
}
`),
  snippet('oEmbed fetcher', 'src/embeds/oembed.ts', `
export async function embedTweet(tweetUrl: string) {
  const res = await fetch(\`https://publish.twitter.com/oembed?url=\${encodeURIComponent(tweetUrl)}\`);
  const { html } = (await res.json()) as { html: string };
  return html;
}

export const embed = (el: HTMLElement, html: string) => {
  el.innerHTML = html;
};
`),
  snippet('AWS Lambda InvokeCommand', 'src/aws/lambda.ts', `
import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';

const lambda = new LambdaClient({ region: 'us-east-1' });

export async function invokeResize(key: string) {
  const out = await lambda.send(
    new InvokeCommand({ FunctionName: 'resize-image', Payload: Buffer.from(JSON.stringify({ key })) }),
  );
  return JSON.parse(Buffer.from(out.Payload ?? []).toString());
}
`),
  snippet('python: boto3 lambda invoke', 'aws/lambda_call.py', `
import json

import boto3

lambda_client = boto3.client("lambda")


def invoke(name, payload):
    response = lambda_client.invoke(FunctionName=name, InvocationType="RequestResponse", Payload=json.dumps(payload))
    return json.loads(response["Payload"].read())
`),
  snippet('websocket chat app sending messages', 'src/chat/socket.ts', `
type ChatMessage = { role: 'user' | 'system'; content: string; at: number };

export class ChatSocket {
  private ws: WebSocket;
  readonly messages: ChatMessage[] = [];

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.onmessage = (ev) => this.messages.push(JSON.parse(ev.data));
  }

  send(content: string) {
    const msg: ChatMessage = { role: 'user', content, at: Date.now() };
    this.messages.push(msg);
    this.ws.send(JSON.stringify({ type: 'chat', messages: [msg] }));
  }
}
`),
  snippet('python: websockets chat server', 'chat_server/server.py', `
import asyncio
import json

import websockets

CLIENTS = set()


async def chat(websocket):
    CLIENTS.add(websocket)
    try:
        async for raw in websocket:
            message = json.loads(raw)
            websockets.broadcast(CLIENTS, json.dumps({"role": "user", "content": message["content"]}))
    finally:
        CLIENTS.discard(websocket)


async def main():
    async with websockets.serve(chat, "0.0.0.0", 8765):
        await asyncio.Future()
`),
  snippet('Slack client.chat.postMessage', 'src/slack/notify.ts', `
import { WebClient } from '@slack/web-api';

const client = new WebClient(process.env.SLACK_TOKEN);

export async function announce(channel: string, text: string) {
  const result = await client.chat.postMessage({ channel, text });
  return result.ts;
}
`),
  snippet('Kafka producer sending messages', 'src/queue/producer.js', `
import { Kafka } from 'kafkajs';

const kafka = new Kafka({ clientId: 'orders', brokers: ['kafka:9092'] });
const producer = kafka.producer();

export async function publish(orders) {
  await producer.connect();
  await producer.send({ topic: 'orders', messages: orders.map((o) => ({ key: o.id, value: JSON.stringify(o) })) });
}
`),
  snippet('Prisma message.create in a chat backend', 'src/db/messages.ts', `
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function saveMessage(conversationId: string, role: 'user' | 'assistant', content: string) {
  return prisma.message.create({ data: { conversationId, role, content } });
}

export const history = (conversationId: string) =>
  prisma.message.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' } });
`),
  snippet('React chat UI posting to its own backend route', 'src/components/ChatWindow.tsx', `
import { useState } from 'react';

type Msg = { role: string; content: string };

export function ChatWindow() {
  const [messages, setMessages] = useState<Msg[]>([]);
  async function send(content: string) {
    const next = [...messages, { role: 'user', content }];
    setMessages(next);
    const res = await fetch('/api/conversations/save', { method: 'POST', body: JSON.stringify({ messages: next }) });
    if (!res.ok) console.error('save failed');
  }
  return <div>{messages.map((m, i) => <p key={i}>{m.content}</p>)}<button onClick={() => send('hi')}>Send</button></div>;
}
`),
  snippet('yargs shell completions', 'bin/cli.js', `
#!/usr/bin/env node
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');

yargs(hideBin(process.argv))
  .command('generate <name>', 'generate a component', () => {}, (argv) => console.log('generating', argv.name))
  .completion('completion', 'generate shell completions')
  .demandCommand(1)
  .parse();
`),
  snippet('python: Gmail users().messages().send', 'mail/gmail.py', `
import base64
from email.message import EmailMessage

from googleapiclient.discovery import build


def send(creds, to, subject, body):
    service = build("gmail", "v1", credentials=creds)
    msg = EmailMessage()
    msg["To"], msg["Subject"] = to, subject
    msg.set_content(body)
    raw = base64.urlsafe_b64encode(msg.as_bytes()).decode()
    return service.users().messages().send(userId="me", body={"raw": raw}).execute()
`),
  snippet('python: static site generator generate_content', 'site/build.py', `
from pathlib import Path

import markdown


def generate_content(page: Path) -> str:
    return markdown.markdown(page.read_text(encoding="utf-8"))


def build(src: Path, out: Path):
    for page in src.glob("*.md"):
        (out / page.with_suffix(".html").name).write_text(generate_content(page))
`),
  snippet('python: pyinvoke tasks', 'tasks.py', `
from invoke import task


@task
def test(c):
    c.run("pytest -q")


@task(pre=[test])
def release(c, version):
    c.run(f"git tag v{version}")
    c.run("python -m build")
`),
  snippet('python: Flask flash messages', 'web/views.py', `
from flask import Blueprint, flash, redirect, render_template, request, url_for

bp = Blueprint("contact", __name__)


@bp.route("/contact", methods=["GET", "POST"])
def contact():
    if request.method == "POST":
        flash("Thanks, your message was sent.", "success")
        return redirect(url_for("contact.contact"))
    return render_template("contact.html", messages=[])
`),
  snippet('python: Chroma collection with precomputed embeddings', 'search/store.py', `
import chromadb

client = chromadb.PersistentClient(path="./db")
collection = client.get_or_create_collection("docs")


def add(ids, embeddings, documents):
    collection.add(ids=ids, embeddings=embeddings, documents=documents)


def query(vector, k=5):
    return collection.query(query_embeddings=[vector], n_results=k)
`),
  snippet('file that only mentions openai in comments and types', 'src/config/models.ts', `
// Model ids we might support later (see the openai and anthropic docs); nothing here calls them.
export type ProviderName = 'openai' | 'anthropic' | 'deepseek';

export const DEFAULT_MODELS: Record<ProviderName, string> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-latest',
  deepseek: 'deepseek-chat',
};

export function labelFor(p: ProviderName) {
  return p.charAt(0).toUpperCase() + p.slice(1);
}
`),
  snippet('nodemailer sendMail', 'src/mail/send.ts', `
import nodemailer from 'nodemailer';

const transporter = nodemailer.createTransport({ host: 'smtp.example.com', port: 587 });

export async function sendWelcome(to: string) {
  await transporter.sendMail({ from: 'hello@example.com', to, subject: 'Welcome', text: 'Thanks for signing up!' });
}
`),
];
