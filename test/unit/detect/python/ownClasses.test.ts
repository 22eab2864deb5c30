import * as assert from 'node:assert/strict';
import { detectPy, py } from './pyDetect';

describe('python detector: classes and functions of the file itself are not SDK receivers', () => {
  it('Completion / ChatCompletion / Embedding lookalikes defined in the file', async () => {
    const calls = await detectPy(py(
      'from openai import OpenAI',
      'client = OpenAI()',
      'class Completion:',
      '    @classmethod',
      '    def create(cls, **fields):',
      '        return cls()',
      'class ChatCompletion:',
      '    @staticmethod',
      '    def create(model, messages):',
      '        return client.chat.completions.create(model=model, messages=messages)',
      'def Embedding():',
      '    return None',
      'Completion.create(user=1, text="done")',
      'ChatCompletion.create(model="gpt-4o", messages=[])',
      'Embedding.create(input="x")',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee]), [[10, 'client.chat.completions.create']]);
  });

  it('the legacy openai module API still counts, and a variable shadowing a class name is not the class', async () => {
    const calls = await detectPy(py(
      'import openai',
      'from openai import Completion',
      'openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[])',
      'Completion.create(model="text-davinci-003", prompt="hi")',
      'class Embedding:',
      '    pass',
      'def embed(text, Embedding=openai.Embedding):',
      '    return Embedding.create(model="text-embedding-ada-002", input=text)',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family]), [[3, 'openai-chat'], [4, 'openai-completions'], [8, 'openai-embeddings']]);
  });

  it('a classmethod wrapper around boto3 converse: the inner SDK call is the call site, not the wrapper call', async () => {
    const calls = await detectPy(py(
      'import boto3',
      'bedrock = boto3.client("bedrock-runtime")',
      'class BedrockClient:',
      '    @classmethod',
      '    def converse(cls, request):',
      '        return bedrock.converse(**request.model_dump())',
      '    @staticmethod',
      '    def invoke_model(body):',
      '        return bedrock.invoke_model(modelId="amazon.titan-text-express-v1", body=body)',
      'reply = BedrockClient.converse(ConverseRequest(modelId="amazon.nova-lite-v1:0", messages=[]))',
      'raw = BedrockClient.invoke_model(body="{}")',
      'BedrockClient().converse(modelId="amazon.nova-lite-v1:0", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee, c.family]), [
      [6, 'bedrock.converse', 'bedrock-converse'],
      [9, 'bedrock.invoke_model', 'bedrock-invoke'],
    ]);
  });

  it('a class defined inside the calling function is the file\'s own too; the real client beside it still counts', async () => {
    const calls = await detectPy(py(
      'import boto3',
      'def handler(event):',
      '    class Gemini:',
      '        @classmethod',
      '        def generate_content(cls, prompt):',
      '            return prompt',
      '    Gemini.generate_content("hi")',
      '    runtime = boto3.client("bedrock-runtime")',
      '    return runtime.converse(modelId="amazon.nova-micro-v1:0", messages=[])',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.callee]), [[9, 'runtime.converse']]);
  });
});
