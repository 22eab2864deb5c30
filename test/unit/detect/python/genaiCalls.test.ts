import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

describe('python detector: Google Gemini', () => {
  it('Gemini embeddings: client.models.embed_content and genai.embed_content', async () => {
    const calls = await detectPy(py(
      'from google import genai',
      'import google.generativeai as old_genai',
      'client = genai.Client()',
      'def embed(texts):',
      '    return client.models.embed_content(model="gemini-embedding-001", contents=texts)',
      'vec = old_genai.embed_content(model="models/text-embedding-004", content="Hello")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.model, c.provider, c.stream]), [
      [5, 'google-genai', 'gemini-embedding-001', 'google', false],
      [6, 'google-genai', 'models/text-embedding-004', 'google', false],
    ]);
  });

  it('a project\'s own embed_content method is not Gemini', async () => {
    assert.deepEqual(await detectPy(py(
      'class Index:',
      '    def embed_content(self, text):',
      '        return [0.0]',
      '    def add(self, text):',
      '        return self.embed_content(text)',
    )), []);
  });

  it('google-genai client.models.generate_content with a typed config', async () => {
    const c = await onlyCall(py(
      'from google import genai',
      'from google.genai import types',
      'client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])',
      'response = client.models.generate_content(',
      '    model="gemini-2.5-flash",',
      '    contents="Explain how AI works in a few words",',
      '    config=types.GenerateContentConfig(system_instruction="You are a cat.", max_output_tokens=200, thinking_config=types.ThinkingConfig(thinking_budget=1024)),',
      ')',
    ));
    assert.deepEqual([c.family, c.line, c.column, c.model, c.provider, c.maxTokens, c.reasoningEffort], [
      'google-genai', 4, 26, 'gemini-2.5-flash', 'google', 200, 'budget:1024',
    ]);
    assert.equal(c.prompt.text, 'You are a cat.\nExplain how AI works in a few words');
    assert.equal(c.providerEvidence, 'google-genai client');
  });

  it('streaming and async (client.aio) variants', async () => {
    const calls = await detectPy(py(
      'from google import genai',
      'client = genai.Client(vertexai=True, project="p", location="us-central1")',
      'for chunk in client.models.generate_content_stream(model="gemini-2.0-flash", contents=["a", "b"]):',
      '    pass',
      'async def go():',
      '    return await client.aio.models.generate_content(model="gemini-2.5-pro", contents="hi", config={"max_output_tokens": 64})',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.stream, c.model, c.maxTokens]), [[3, true, 'gemini-2.0-flash', null], [6, false, 'gemini-2.5-pro', 64]]);
  });

  it('google.generativeai GenerativeModel: model, system instruction and generation config from the constructor', async () => {
    const calls = await detectPy(py(
      'import google.generativeai as genai',
      'genai.configure(api_key=os.environ["GOOGLE_API_KEY"])',
      'model = genai.GenerativeModel(model_name="gemini-1.5-flash", system_instruction="Be terse", generation_config={"max_output_tokens": 800})',
      'response = model.generate_content("Write a haiku")',
      'inline = genai.GenerativeModel("gemini-1.5-pro").generate_content(prompt, stream=True)',
    ));
    const a = callAt(calls, 4);
    assert.deepEqual([a.model, a.maxTokens, a.prompt.text, a.prompt.knowledge], ['gemini-1.5-flash', 800, 'Be terse\nWrite a haiku', 'known']);
    const b = callAt(calls, 5);
    assert.deepEqual([b.model, b.stream, b.prompt.knowledge], ['gemini-1.5-pro', true, 'unknown']);
  });

  it('Vertex AI GenerativeModel and contents as Content/Part objects', async () => {
    const c = await onlyCall(py(
      'from vertexai.generative_models import GenerativeModel, Content, Part',
      'model = GenerativeModel("gemini-1.5-pro-002")',
      'r = model.generate_content([Content(role="user", parts=[Part.from_text("Describe this")]), image_part])',
    ));
    assert.equal(c.model, 'gemini-1.5-pro-002');
    assert.equal(c.prompt.knowledge, 'partial');
    assert.equal(c.prompt.text, 'Describe this');
  });

  it('chat.send_message only on chats created from a genai model or client', async () => {
    const calls = await detectPy(py(
      'import google.generativeai as genai',
      'from google import genai as gg',
      'model = genai.GenerativeModel("gemini-1.5-flash")',
      'chat = model.start_chat(history=[])',
      'r1 = chat.send_message("Hello", stream=True)',
      'client = gg.Client()',
      'session = client.chats.create(model="gemini-2.0-flash")',
      'r2 = session.send_message("Hi again")',
      'slack.send_message(channel="#x", text="hello")',
      'bot.send_message(chat_id, "hi")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.model, c.stream]), [[5, 'gemini-1.5-flash', true], [8, 'gemini-2.0-flash', false]]);
  });

  it('a class of the file with its own generate_content method is not Gemini', async () => {
    const calls = await detectPy(py(
      'class Generator:',
      '    def generate_content(self, topic):',
      '        return topic',
      '    def run(self):',
      '        return self.generate_content("x")',
      'g = Generator()',
      'g.generate_content("y")',
    ));
    assert.deepEqual(calls, []);
  });

  it('a wrapper class imported from the project is not Gemini; its own SDK call is', async () => {
    const calls = await detectPy(py(
      'from .gemini_client import GeminiClient',
      'from helpers import Summarizer',
      'g = GeminiClient()',
      'g.generate_content("x")',
      'Summarizer().generate_content("y")',
    ));
    assert.deepEqual(calls, []);
  });
});
