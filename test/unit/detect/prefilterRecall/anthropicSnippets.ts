/**
 * Recall probes for Anthropic Messages calls: create / stream / beta.messages, through clients
 * built in the file, passed in, held on `this`, reached by subscript, Bedrock and Vertex flavours.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const ANTHROPIC_SNIPPETS: readonly RecallSnippet[] = [
  snippet('messages.create with a client built in the file', 'src/claude/summarize.ts', `
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export async function summarize(text: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 1024,
    system: 'Summarize the user text in three bullet points.',
    messages: [{ role: 'user', content: text }],
  });
  const block = msg.content[0];
  return block.type === 'text' ? block.text : '';
}
`),
  snippet('messages.stream with text events', 'src/claude/stream.ts', `
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

export async function streamTo(write: (s: string) => void, prompt: string) {
  const stream = client.messages
    .stream({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 512,
      messages: [{ role: 'user', content: prompt }],
    })
    .on('text', (text) => write(text));
  const final = await stream.finalMessage();
  return final.usage;
}
`),
  snippet('subscript client["messages"].create', 'src/claude/subscript.ts', `
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

export async function ask(question: string) {
  const reply = await client['messages'].create({
    model: 'claude-3-7-sonnet-latest',
    max_tokens: 300,
    messages: [{ role: 'user', content: question }],
  });
  return reply.content;
}
`),
  snippet('client parameter named claude', 'src/review/codeReview.ts', `
import type Anthropic from '@anthropic-ai/sdk';

export async function reviewDiff(claude: Anthropic, diff: string) {
  const response = await claude.messages.create({
    model: 'claude-opus-4-20250514',
    max_tokens: 2048,
    messages: [{ role: 'user', content: \`Review this diff:\\n\\n\${diff}\` }],
  });
  return response.content.filter((b) => b.type === 'text').map((b) => b.text).join('');
}
`),
  snippet('beta.messages.create with betas', 'src/claude/beta.ts', `
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function longContext(doc: string) {
  return anthropic.beta.messages.create({
    model: 'claude-sonnet-4-20250514',
    max_tokens: 4096,
    betas: ['context-1m-2025-08-07'],
    messages: [{ role: 'user', content: doc }],
  });
}
`),
  snippet('prettier chain messages\\n.create().withResponse()', 'src/claude/headers.ts', `
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function withRateLimits(prompt: string) {
  const { data: message, response: raw } = await anthropic.messages
    .create({
      model: 'claude-3-5-sonnet-latest',
      max_tokens: 1024,
      messages: [{ role: 'user', content: prompt }],
    })
    .withResponse();
  console.log(raw.headers.get('anthropic-ratelimit-tokens-remaining'));
  return message;
}
`),
  snippet('this.anthropic in a NestJS service', 'src/chat/chat.service.ts', `
import { Injectable } from '@nestjs/common';
import Anthropic from '@anthropic-ai/sdk';

@Injectable()
export class ChatService {
  private anthropic = new Anthropic();

  async reply(messages: Anthropic.MessageParam[]) {
    const res = await this.anthropic.messages.create({
      model: 'claude-3-5-haiku-20241022',
      max_tokens: 800,
      messages,
    });
    return res.content;
  }
}
`),
  snippet('AnthropicBedrock client', 'src/claude/bedrock.ts', `
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';

const client = new AnthropicBedrock({ awsRegion: 'us-west-2' });

export async function haiku(topic: string) {
  const message = await client.messages.create({
    model: 'anthropic.claude-3-5-haiku-20241022-v1:0',
    max_tokens: 256,
    messages: [{ role: 'user', content: \`Write a haiku about \${topic}\` }],
  });
  return message.content;
}
`),
  snippet('AnthropicVertex client', 'src/claude/vertex.ts', `
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';

const client = new AnthropicVertex({ projectId: 'my-project', region: 'us-east5' });

export async function ask(prompt: string) {
  const result = await client.messages.create({
    model: 'claude-sonnet-4@20250514',
    max_tokens: 1000,
    messages: [{ role: 'user', content: prompt }],
  });
  return result.content;
}
`),
  snippet('CommonJS require with stream: true', 'lib/claudeStream.js', `
const Anthropic = require('@anthropic-ai/sdk');

const client = new Anthropic();

async function run(prompt) {
  const stream = await client.messages.create({
    model: 'claude-3-5-sonnet-20241022',
    max_tokens: 1024,
    stream: true,
    messages: [{ role: 'user', content: prompt }],
  });
  for await (const event of stream) {
    if (event.type === 'content_block_delta') process.stdout.write(event.delta.text || '');
  }
}

module.exports = { run };
`),
  snippet('client from a shared module, request built before the call', 'src/claude/ticketTriage.ts', `
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import { anthropicClient } from '../lib/anthropic';

export async function triage(ticket: string) {
  const body: MessageCreateParamsNonStreaming = {
    model: 'claude-3-5-haiku-latest',
    max_tokens: 200,
    messages: [{ role: 'user', content: \`Triage: \${ticket}\` }],
  };
  const out = await anthropicClient.messages.create(body);
  return out.content;
}
`),
  snippet('JSX route handler with Anthropic tool use', 'app/api/weather/route.tsx', `
import Anthropic from '@anthropic-ai/sdk';
import { NextResponse } from 'next/server';

const anthropic = new Anthropic();

const tools = [{ name: 'get_weather', description: 'Weather for a city', input_schema: { type: 'object' as const, properties: { city: { type: 'string' } } } }];

export async function POST(req: Request) {
  const { question } = await req.json();
  const message = await anthropic.messages.create({ model: 'claude-3-5-sonnet-latest', max_tokens: 1024, tools, messages: [{ role: 'user', content: question }] });
  return NextResponse.json(message);
}
`),
  // ----- Python -----
  snippet('python: messages.create', 'claude_app/summarize.py', `
import anthropic

client = anthropic.Anthropic()


def summarize(text: str) -> str:
    message = client.messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=1024,
        system="Summarize in one paragraph.",
        messages=[{"role": "user", "content": text}],
    )
    return message.content[0].text
`),
  snippet('python: messages.stream context manager', 'claude_app/stream.py', `
from anthropic import Anthropic

client = Anthropic()


def stream_answer(question):
    with client.messages.stream(
        model="claude-3-5-haiku-latest",
        max_tokens=512,
        messages=[{"role": "user", "content": question}],
    ) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
`),
  snippet('python: AsyncAnthropic in a FastAPI route', 'api/routes/claude.py', `
from anthropic import AsyncAnthropic
from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()
claude = AsyncAnthropic()


class Ask(BaseModel):
    question: str


@router.post("/ask")
async def ask(body: Ask):
    msg = await claude.messages.create(
        model="claude-3-7-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": body.question}],
    )
    return {"answer": msg.content[0].text}
`),
  snippet('python: beta.messages.create', 'claude_app/beta_tools.py', `
import anthropic

client = anthropic.Anthropic()


def run_with_computer_use(task):
    return client.beta.messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=2048,
        betas=["computer-use-2025-01-24"],
        messages=[{"role": "user", "content": task}],
    )
`),
  snippet('python: AnthropicBedrock', 'claude_app/bedrock_claude.py', `
from anthropic import AnthropicBedrock

client = AnthropicBedrock(aws_region="us-east-1")


def ask(prompt: str) -> str:
    message = client.messages.create(
        model="anthropic.claude-3-5-sonnet-20241022-v2:0",
        max_tokens=512,
        messages=[{"role": "user", "content": prompt}],
    )
    return message.content[0].text
`),
  snippet('python: client passed as parameter, self-less helper', 'evals/judge.py', `
from anthropic import Anthropic

JUDGE_PROMPT = "Rate the answer from 1 to 10. Answer: {answer}"


def judge(client: Anthropic, answer: str) -> int:
    result = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=5,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(answer=answer)}],
    )
    return int(result.content[0].text.strip())
`),
];
