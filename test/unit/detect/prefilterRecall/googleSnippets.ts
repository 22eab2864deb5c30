/**
 * Recall probes for Google Gemini calls: @google/genai (models, chats), the older
 * @google/generative-ai, Vertex AI, Firebase, and their Python counterparts.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const GOOGLE_SNIPPETS: readonly RecallSnippet[] = [
  snippet('@google/genai ai.models.generateContent', 'src/gemini/caption.ts', `
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function caption(description: string) {
  const response = await ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: \`Write an alt text for: \${description}\`,
  });
  return response.text;
}
`),
  snippet('@google/genai generateContentStream', 'src/gemini/stream.ts', `
import { GoogleGenAI } from '@google/genai';

const genai = new GoogleGenAI({});

export async function streamPoem(onChunk: (s: string) => void) {
  const stream = await genai.models.generateContentStream({
    model: 'gemini-2.0-flash',
    contents: 'Write a four-line poem about the sea.',
  });
  for await (const chunk of stream) onChunk(chunk.text ?? '');
}
`),
  snippet('@google/genai chats.create + sendMessage', 'src/gemini/chat.ts', `
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ apiKey: process.env.GOOGLE_API_KEY });

export async function conversation(turns: string[]) {
  const chat = ai.chats.create({ model: 'gemini-2.5-pro', history: [] });
  const answers: string[] = [];
  for (const turn of turns) {
    const reply = await chat.sendMessage({ message: turn });
    answers.push(reply.text ?? '');
  }
  return answers;
}
`),
  snippet('@google/genai chats sendMessageStream', 'src/gemini/chatStream.ts', `
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({});

export async function tutor(question: string, emit: (t: string) => void) {
  const session = ai.chats.create({ model: 'gemini-2.5-flash', config: { systemInstruction: 'You are a patient tutor.' } });
  const stream = await session.sendMessageStream({ message: question });
  for await (const part of stream) emit(part.text ?? '');
}
`),
  snippet('@google/generative-ai getGenerativeModel + generateContent', 'src/gemini/legacy.ts', `
import { GoogleGenerativeAI } from '@google/generative-ai';

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY!);

export async function describe(product: string) {
  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
  const result = await model.generateContent(\`Describe this product: \${product}\`);
  return result.response.text();
}
`),
  snippet('@google/generative-ai startChat + sendMessage (JS)', 'src/gemini/legacyChat.js', `
import { GoogleGenerativeAI } from '@google/generative-ai';

const genAI = new GoogleGenerativeAI(process.env.API_KEY);
const model = genAI.getGenerativeModel({ model: 'gemini-1.5-pro' });

export async function chatLoop(lines) {
  const chat = model.startChat({ history: [], generationConfig: { maxOutputTokens: 500 } });
  for (const line of lines) {
    const result = await chat.sendMessage(line);
    console.log(result.response.text());
  }
}
`),
  snippet('@google/generative-ai model passed as a parameter', 'src/gemini/useModel.ts', `
import type { GenerativeModel } from '@google/generative-ai';

export async function keywords(model: GenerativeModel, text: string) {
  const { response } = await model.generateContent([{ text: 'Extract keywords:' }, { text }]);
  return response.text().split(',');
}
`),
  snippet('Vertex AI SDK (CommonJS)', 'server/vertex.js', `
const { VertexAI } = require('@google-cloud/vertexai');

const vertexAI = new VertexAI({ project: process.env.GCP_PROJECT, location: 'europe-west4' });
const generativeModel = vertexAI.getGenerativeModel({ model: 'gemini-1.5-pro-002' });

async function answer(question) {
  const resp = await generativeModel.generateContent({
    contents: [{ role: 'user', parts: [{ text: question }] }],
  });
  return resp.response.candidates[0].content.parts[0].text;
}

module.exports = { answer };
`),
  snippet('Firebase AI logic in a React component', 'src/components/Suggest.tsx', `
import { useState } from 'react';
import { initializeApp } from 'firebase/app';
import { getAI, getGenerativeModel, GoogleAIBackend } from 'firebase/ai';

const app = initializeApp({ apiKey: 'AIza-demo', projectId: 'demo' });
const ai = getAI(app, { backend: new GoogleAIBackend() });
const model = getGenerativeModel(ai, { model: 'gemini-2.5-flash' });

export function Suggest() {
  const [text, setText] = useState('');
  async function onClick() {
    const result = await model.generateContent('Suggest a name for a coffee shop');
    setText(result.response.text());
  }
  return <button onClick={onClick}>{text || 'Suggest'}</button>;
}
`),
  // ----- Python -----
  snippet('python: google-genai client.models.generate_content', 'gemini_app/caption.py', `
from google import genai

client = genai.Client()


def caption(description: str) -> str:
    response = client.models.generate_content(
        model="gemini-2.5-flash",
        contents=f"Write alt text for: {description}",
    )
    return response.text
`),
  snippet('python: google-genai generate_content_stream', 'gemini_app/stream.py', `
from google import genai
from google.genai import types

client = genai.Client(api_key="...")

for chunk in client.models.generate_content_stream(
    model="gemini-2.0-flash",
    contents="Explain recursion",
    config=types.GenerateContentConfig(max_output_tokens=300),
):
    print(chunk.text, end="")
`),
  snippet('python: google-genai chats.create + send_message', 'gemini_app/chat.py', `
from google import genai

client = genai.Client()


def run_chat(questions):
    chat = client.chats.create(model="gemini-2.5-pro")
    for q in questions:
        response = chat.send_message(q)
        print(response.text)
`),
  snippet('python: google-genai async client.aio.models', 'gemini_app/async_gen.py', `
import asyncio

from google import genai

client = genai.Client(vertexai=True, project="acme", location="us-central1")


async def main():
    response = await client.aio.models.generate_content(model="gemini-2.5-flash", contents="Hello there")
    print(response.text)


asyncio.run(main())
`),
  snippet('python: google.generativeai GenerativeModel.generate_content', 'gemini_app/legacy.py', `
import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
model = genai.GenerativeModel("gemini-1.5-flash")


def describe(image_description):
    response = model.generate_content(f"Describe: {image_description}")
    return response.text
`),
  snippet('python: google.generativeai start_chat + send_message', 'gemini_app/legacy_chat.py', `
import google.generativeai as genai

model = genai.GenerativeModel(model_name="gemini-1.5-pro", system_instruction="Be concise.")
chat = model.start_chat(history=[])

while True:
    line = input("> ")
    if not line:
        break
    reply = chat.send_message(line)
    print(reply.text)
`),
  snippet('python: vertexai GenerativeModel', 'gemini_app/vertex.py', `
import vertexai
from vertexai.generative_models import GenerativeModel

vertexai.init(project="my-project", location="us-central1")


def summarize(text):
    model = GenerativeModel("gemini-1.5-flash-002")
    return model.generate_content(["Summarize:", text]).text
`),
];
