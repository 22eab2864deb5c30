/**
 * Recall probes for the Vercel AI SDK: generateText / streamText / generateObject / streamObject /
 * embed / embedMany / streamUI with @ai-sdk providers, import aliases, namespace imports and require.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const VERCEL_SNIPPETS: readonly RecallSnippet[] = [
  snippet('generateText with @ai-sdk/deepseek', 'src/ai/deepseekText.ts', `
import { generateText } from 'ai';
import { deepseek } from '@ai-sdk/deepseek';

export async function explain(code: string) {
  const { text, usage } = await generateText({
    model: deepseek('deepseek-chat'),
    system: 'You explain code to beginners.',
    prompt: code,
  });
  console.log(usage);
  return text;
}
`),
  snippet('streamText in a Next.js route with @ai-sdk/openai', 'app/api/chat/route.ts', `
import { openai } from '@ai-sdk/openai';
import { streamText, convertToModelMessages } from 'ai';
import type { UIMessage } from 'ai';

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages }: { messages: UIMessage[] } = await req.json();
  const result = streamText({
    model: openai('gpt-4o'),
    messages: convertToModelMessages(messages),
  });
  return result.toUIMessageStreamResponse();
}
`),
  snippet('generateObject with zod and @ai-sdk/anthropic', 'src/ai/recipe.ts', `
import { generateObject } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';

const Recipe = z.object({ name: z.string(), steps: z.array(z.string()) });

export async function recipeFor(dish: string) {
  const { object } = await generateObject({
    model: anthropic('claude-3-5-sonnet-latest'),
    schema: Recipe,
    prompt: \`Generate a recipe for \${dish}.\`,
  });
  return object;
}
`),
  snippet('streamObject with @ai-sdk/google', 'src/ai/notifications.ts', `
import { streamObject } from 'ai';
import { google } from '@ai-sdk/google';
import { z } from 'zod';

export async function notifications(onPartial: (n: unknown) => void) {
  const { partialObjectStream } = streamObject({
    model: google('gemini-2.0-flash'),
    schema: z.object({ notifications: z.array(z.object({ title: z.string() })) }),
    prompt: 'Generate 3 notifications for a messaging app.',
  });
  for await (const partial of partialObjectStream) onPartial(partial);
}
`),
  snippet('embed with openai.embedding()', 'src/ai/embedOne.ts', `
import { embed } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function embedQuery(query: string) {
  const { embedding } = await embed({
    model: openai.embedding('text-embedding-3-small'),
    value: query,
  });
  return embedding;
}
`),
  snippet('embedMany with @ai-sdk/azure createAzure', 'src/ai/embedMany.ts', `
import { embedMany } from 'ai';
import { createAzure } from '@ai-sdk/azure';

const azure = createAzure({ resourceName: 'acme-openai', apiKey: process.env.AZURE_API_KEY });

export async function embedChunks(chunks: string[]) {
  const { embeddings } = await embedMany({
    model: azure.textEmbeddingModel('text-embedding-3-large'),
    values: chunks,
  });
  return embeddings;
}
`),
  snippet('generateText with @ai-sdk/amazon-bedrock', 'src/ai/bedrockText.ts', `
import { generateText } from 'ai';
import { bedrock } from '@ai-sdk/amazon-bedrock';

export async function weeklyReport(rows: string[]) {
  const result = await generateText({
    model: bedrock('anthropic.claude-3-5-sonnet-20241022-v2:0'),
    prompt: 'Write a weekly report from these rows:\\n' + rows.join('\\n'),
    maxOutputTokens: 1500,
  });
  return result.text;
}
`),
  snippet('streamUI from ai/rsc in a server .tsx', 'app/actions/weather.tsx', `
'use server';
import { streamUI } from 'ai/rsc';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';
import { WeatherCard } from '@/components/WeatherCard';

export async function weather(question: string) {
  const result = await streamUI({
    model: openai('gpt-4o-mini'),
    prompt: question,
    text: ({ content }) => <div>{content}</div>,
    tools: {
      getWeather: {
        description: 'Get the weather for a city',
        parameters: z.object({ city: z.string() }),
        generate: async ({ city }) => <WeatherCard city={city} />,
      },
    },
  });
  return result.value;
}
`),
  snippet('import alias: embed as e', 'src/ai/alias.ts', `
import { embed as e } from 'ai';
import { openai } from '@ai-sdk/openai';

const model = openai.textEmbeddingModel('text-embedding-3-small');

export const vectorFor = async (value: string) => (await e({ model, value })).embedding;
`),
  snippet('namespace import * as ai', 'src/ai/namespace.ts', `
import * as ai from 'ai';
import { createOpenAI } from '@ai-sdk/openai';

const siliconflow = createOpenAI({ baseURL: 'https://api.siliconflow.cn/v1', apiKey: process.env.SILICONFLOW_API_KEY });

export async function headline(article: string) {
  const { text } = await ai.generateText({ model: siliconflow('Qwen/Qwen2.5-72B-Instruct'), prompt: \`Headline for: \${article}\` });
  return text;
}
`),
  snippet('CommonJS require("ai")', 'scripts/generate.cjs', `
const { generateText } = require('ai');
const { anthropic } = require('@ai-sdk/anthropic');

async function main() {
  const { text } = await generateText({
    model: anthropic('claude-3-5-haiku-latest'),
    prompt: 'Name three prime numbers.',
  });
  console.log(text);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
`),
  snippet('model passed in as a LanguageModel parameter', 'src/ai/summarizer.ts', `
import { generateText } from 'ai';
import type { LanguageModel } from 'ai';

export async function summarizeWith(model: LanguageModel, text: string) {
  const { text: summary } = await generateText({ model, prompt: \`Summarize: \${text}\` });
  return summary;
}
`),
  snippet('streamText with createDeepSeek and a custom base URL (JS)', 'server/stream.mjs', `
import { streamText } from 'ai';
import { createDeepSeek } from '@ai-sdk/deepseek';

const ds = createDeepSeek({ apiKey: process.env.DEEPSEEK_API_KEY });

export function streamAnswer(question) {
  const result = streamText({ model: ds('deepseek-reasoner'), prompt: question });
  return result.textStream;
}
`),
  snippet('generateText with tools and maxSteps in an agent loop', 'src/ai/agent.ts', `
import { generateText, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const lookup = tool({
  description: 'Look up an order',
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => ({ id, status: 'shipped' }),
});

export async function support(question: string) {
  const { text, steps } = await generateText({
    model: openai.responses('gpt-4.1-mini'),
    tools: { lookup },
    maxSteps: 5,
    prompt: question,
  });
  return { text, steps: steps.length };
}
`),
];
