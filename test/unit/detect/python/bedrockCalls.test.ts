import * as assert from 'node:assert/strict';
import { callAt, detectPy, onlyCall, py } from './pyDetect';

describe('python detector: AWS Bedrock runtime', () => {
  it('converse on a boto3 bedrock-runtime client: model, messages, system, inferenceConfig', async () => {
    const c = await onlyCall(py(
      'import boto3',
      'client = boto3.client("bedrock-runtime", region_name="us-east-1")',
      'MODEL_ID = "us.deepseek.r1-v1:0"',
      'response = client.converse(',
      '    modelId=MODEL_ID,',
      '    messages=[{"role": "user", "content": [{"text": "Describe the purpose of a hello world program."}]}],',
      '    system=[{"text": "You are terse."}],',
      '    inferenceConfig={"maxTokens": 512, "temperature": 0.5},',
      ')',
    ));
    assert.deepEqual([c.family, c.line, c.column, c.model, c.provider, c.providerEvidence, c.maxTokens, c.stream], [
      'bedrock-converse', 4, 19, 'us.deepseek.r1-v1:0', 'aws-bedrock', 'boto3 bedrock-runtime client', 512, false,
    ]);
    assert.equal(c.prompt.text, 'You are terse.\nDescribe the purpose of a hello world program.');
    assert.equal(c.prompt.knowledge, 'known');
  });

  it('session.client(service_name=...) and converse_stream', async () => {
    const c = await onlyCall(py(
      'import boto3',
      'session = boto3.Session(profile_name="dev")',
      'bedrock = session.client(service_name="bedrock-runtime", region_name="us-west-2")',
      'stream = bedrock.converse_stream(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=messages)',
    ));
    assert.deepEqual([c.family, c.stream, c.model, c.prompt.knowledge], ['bedrock-converse', true, 'anthropic.claude-3-haiku-20240307-v1:0', 'unknown']);
  });

  it('invoke_model: max_tokens and messages from a json.dumps body held in a variable', async () => {
    const calls = await detectPy(py(
      'import boto3, json',
      'brt = boto3.client(service_name="bedrock-runtime")',
      'def ask(prompt, model_id="anthropic.claude-3-sonnet-20240229-v1:0"):',
      '    body = json.dumps({"anthropic_version": "bedrock-2023-05-31", "max_tokens": 1000, "messages": [{"role": "user", "content": prompt}]})',
      '    return brt.invoke_model(body=body, modelId=model_id, accept="application/json", contentType="application/json")',
      'def titan(text):',
      '    return brt.invoke_model_with_response_stream(modelId="amazon.titan-text-express-v1", body=json.dumps({"inputText": text, "textGenerationConfig": {"maxTokenCount": 300}}))',
    ));
    const a = callAt(calls, 5);
    assert.deepEqual([a.family, a.model, a.maxTokens, a.stream, a.prompt.knowledge], ['bedrock-invoke', 'anthropic.claude-3-sonnet-20240229-v1:0', 1000, false, 'unknown']);
    const b = callAt(calls, 7);
    assert.deepEqual([b.family, b.model, b.maxTokens, b.stream], ['bedrock-invoke', 'amazon.titan-text-express-v1', 300, true]);
  });

  it('aioboto3 clients bound by `async with ... as client`', async () => {
    const c = await onlyCall(py(
      'import aioboto3',
      'session = aioboto3.Session()',
      'async def run():',
      '    async with session.client("bedrock-runtime", region_name="us-east-1") as client:',
      '        return await client.converse(modelId="amazon.nova-lite-v1:0", messages=[])',
    ));
    assert.equal(c.providerEvidence, 'boto3 bedrock-runtime client');
  });

  it('a receiver named like bedrock, or a modelId= keyword, is enough when the client is out of sight', async () => {
    const calls = await detectPy(py(
      'def call(self, messages):',
      '    return self.bedrock_runtime.converse(modelId=self.model_id, messages=messages)',
      'def other(rt, body):',
      '    return rt.invoke_model(modelId="meta.llama3-70b-instruct-v1:0", body=body)',
      'def third(bedrock_client, body):',
      '    return bedrock_client.invoke_model(body=body)',
    ));
    assert.deepEqual(calls.map((c) => [c.line, c.family, c.model]), [
      [2, 'bedrock-converse', null],
      [4, 'bedrock-invoke', 'meta.llama3-70b-instruct-v1:0'],
      [6, 'bedrock-invoke', null],
    ]);
  });

  it('a chatbot class with its own converse() is not Bedrock', async () => {
    const calls = await detectPy(py(
      'class ChatBot:',
      '    def converse(self, text):',
      '        return text.upper()',
      '    def loop(self):',
      '        return self.converse(input())',
      'bot = ChatBot()',
      'bot.converse("hello")',
      'agent.converse("hello")',
      's3 = boto3.client("s3")',
      's3.invoke_model(body=b)',
    ));
    assert.deepEqual(calls, []);
  });
});
