/**
 * Gemini chats whose session the file does not show (a parameter, a session map): the model is
 * the file's one Gemini model when every model the file chooses is that same constant id.
 */
import { strict as assert } from 'node:assert';
import { detect } from './detectHelper';

const rows = async (text: string, file = 'chat.js'): Promise<[number, string, string | null][]> =>
  (await detect(text, file)).map((c) => [c.line, c.callee, c.model]);

describe('TS/JS detector: Gemini chat sessions handed in from elsewhere', () => {
  it('a chat parameter takes the model of the file’s only getGenerativeModel', async () => {
    assert.deepEqual(
      await rows(`
import { GoogleGenerativeAI } from '@google/generative-ai';
const genAI = new GoogleGenerativeAI(import.meta.env.VITE_KEY);
export const model = genAI.getGenerativeModel({ model: 'gemini-pro' });
export const startChat = () => model.startChat({ history: [] });
export async function ask(chat, text) {
  const result = await chat.sendMessage(text);
  return result.response.text();
}`),
      [[7, 'chat.sendMessage', 'gemini-pro']],
    );
  });

  it('with @google/genai the model named by ai.chats.create / ai.models.generateContent counts', async () => {
    assert.deepEqual(
      await rows(`
import { GoogleGenAI, type Chat } from '@google/genai';
const ai = new GoogleGenAI({});
const MODEL = 'gemini-2.5-flash';
export const open = () => ai.chats.create({ model: MODEL });
export const title = (text: string) => ai.models.generateContent({ model: MODEL, contents: text });
export const reply = (session: Chat, message: string) => session.sendMessageStream({ message });`, 'chat.ts'),
      [
        [6, 'ai.models.generateContent', 'gemini-2.5-flash'],
        [7, 'session.sendMessageStream', 'gemini-2.5-flash'],
      ],
    );
  });

  it('stays unknown when the file chooses two models, or one it cannot read', async () => {
    const two = await rows(`
import { GoogleGenerativeAI } from '@google/generative-ai';
const genAI = new GoogleGenerativeAI(process.env.KEY);
const fast = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
const pro = genAI.getGenerativeModel({ model: 'gemini-1.5-pro' });
export const ask = (chat, text) => chat.sendMessage(text);`);
    const unread = await rows(`
import { GoogleGenerativeAI } from '@google/generative-ai';
const genAI = new GoogleGenerativeAI(process.env.KEY);
export const modelFor = (name) => genAI.getGenerativeModel({ model: name });
const fast = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
export const ask = (chat, text) => chat.sendMessage(text);`);
    assert.deepEqual([two, unread], [[[6, 'chat.sendMessage', null]], [[6, 'chat.sendMessage', null]]]);
  });
});
