/**
 * Recall probes for Amazon Bedrock runtime calls: Converse / ConverseStream / InvokeModel commands
 * sent through a client, the aggregated BedrockRuntime client, and boto3 in Python.
 */
import { snippet } from './snippet';
import type { RecallSnippet } from './snippet';

export const BEDROCK_SNIPPETS: readonly RecallSnippet[] = [
  snippet('ConverseCommand via client.send', 'src/bedrock/converse.ts', `
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });

export async function ask(question: string) {
  const response = await client.send(
    new ConverseCommand({
      modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0',
      messages: [{ role: 'user', content: [{ text: question }] }],
      inferenceConfig: { maxTokens: 512, temperature: 0.5 },
    }),
  );
  return response.output?.message?.content?.[0]?.text;
}
`),
  snippet('ConverseStreamCommand built first, sent later', 'src/bedrock/stream.ts', `
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';

const bedrock = new BedrockRuntimeClient({ region: process.env.AWS_REGION });

export async function streamReply(prompt: string, onText: (t: string) => void) {
  const command = new ConverseStreamCommand({
    modelId: 'us.amazon.nova-lite-v1:0',
    messages: [{ role: 'user', content: [{ text: prompt }] }],
  });
  const response = await bedrock.send(command);
  for await (const item of response.stream ?? []) {
    if (item.contentBlockDelta) onText(item.contentBlockDelta.delta?.text ?? '');
  }
}
`),
  snippet('InvokeModelCommand with an Anthropic JSON body', 'src/bedrock/invoke.ts', `
import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-west-2' });

export async function invokeClaude(prompt: string) {
  const payload = {
    anthropic_version: 'bedrock-2023-05-31',
    max_tokens: 1000,
    messages: [{ role: 'user', content: [{ type: 'text', text: prompt }] }],
  };
  const apiResponse = await client.send(
    new InvokeModelCommand({
      contentType: 'application/json',
      body: JSON.stringify(payload),
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
    }),
  );
  return JSON.parse(new TextDecoder().decode(apiResponse.body));
}
`),
  snippet('InvokeModelWithResponseStreamCommand', 'src/bedrock/invokeStream.ts', `
import { BedrockRuntimeClient, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});

export async function* streamLlama(prompt: string) {
  const res = await client.send(
    new InvokeModelWithResponseStreamCommand({
      modelId: 'meta.llama3-70b-instruct-v1:0',
      body: JSON.stringify({ prompt, max_gen_len: 512 }),
    }),
  );
  for await (const event of res.body ?? []) {
    yield new TextDecoder().decode(event.chunk?.bytes);
  }
}
`),
  snippet('aggregated BedrockRuntime client .converse()', 'src/bedrock/aggregated.ts', `
import { BedrockRuntime } from '@aws-sdk/client-bedrock-runtime';

const runtime = new BedrockRuntime({ region: 'eu-central-1' });

export async function classify(text: string) {
  const out = await runtime.converse({
    modelId: 'mistral.mistral-large-2402-v1:0',
    messages: [{ role: 'user', content: [{ text: \`Classify: \${text}\` }] }],
  });
  return out.output?.message?.content?.[0]?.text;
}
`),
  snippet('aggregated BedrockRuntime client .invokeModel() (CommonJS)', 'lib/bedrockInvoke.js', `
const { BedrockRuntime } = require('@aws-sdk/client-bedrock-runtime');

const runtime = new BedrockRuntime({ region: 'us-east-1' });

async function titanEmbed(text) {
  const res = await runtime.invokeModel({
    modelId: 'amazon.titan-embed-text-v2:0',
    contentType: 'application/json',
    body: JSON.stringify({ inputText: text }),
  });
  return JSON.parse(Buffer.from(res.body).toString()).embedding;
}

module.exports = { titanEmbed };
`),
  snippet('Bedrock client passed in as a parameter', 'src/bedrock/withClient.ts', `
import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import type { BedrockRuntimeClient, Message } from '@aws-sdk/client-bedrock-runtime';

export async function continueConversation(client: BedrockRuntimeClient, history: Message[]) {
  const { output, usage } = await client.send(new ConverseCommand({ modelId: 'amazon.nova-pro-v1:0', messages: history }));
  console.log('tokens', usage?.totalTokens);
  return output?.message;
}
`),
  // ----- Python -----
  snippet('python: boto3 converse', 'bedrock_app/converse.py', `
import boto3

bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")


def ask(question: str) -> str:
    response = bedrock.converse(
        modelId="anthropic.claude-3-5-sonnet-20240620-v1:0",
        messages=[{"role": "user", "content": [{"text": question}]}],
        inferenceConfig={"maxTokens": 512},
    )
    return response["output"]["message"]["content"][0]["text"]
`),
  snippet('python: boto3 converse_stream', 'bedrock_app/stream.py', `
import boto3

client = boto3.client(service_name="bedrock-runtime")


def stream(prompt):
    response = client.converse_stream(
        modelId="us.amazon.nova-micro-v1:0",
        messages=[{"role": "user", "content": [{"text": prompt}]}],
    )
    for event in response["stream"]:
        if "contentBlockDelta" in event:
            print(event["contentBlockDelta"]["delta"]["text"], end="")
`),
  snippet('python: boto3 invoke_model with json body', 'bedrock_app/invoke.py', `
import json

import boto3

runtime = boto3.client("bedrock-runtime")


def invoke(prompt):
    body = json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 300,
        "messages": [{"role": "user", "content": prompt}],
    })
    response = runtime.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body)
    return json.loads(response["body"].read())
`),
  snippet('python: boto3 invoke_model_with_response_stream', 'bedrock_app/invoke_stream.py', `
import json

import boto3

brt = boto3.client("bedrock-runtime", region_name="us-west-2")


def stream_titan(prompt):
    response = brt.invoke_model_with_response_stream(
        modelId="amazon.titan-text-premier-v1:0",
        body=json.dumps({"inputText": prompt}),
    )
    for event in response.get("body"):
        chunk = json.loads(event["chunk"]["bytes"])
        yield chunk.get("outputText", "")
`),
  snippet('python: session client in a class', 'bedrock_app/service.py', `
import boto3


class SummaryService:
    def __init__(self, profile: str, model_id: str):
        session = boto3.Session(profile_name=profile)
        self.runtime = session.client("bedrock-runtime", region_name="eu-west-1")
        self.model_id = model_id

    def summarize(self, text: str) -> str:
        result = self.runtime.converse(
            modelId=self.model_id,
            messages=[{"role": "user", "content": [{"text": "Summarize: " + text}]}],
        )
        return result["output"]["message"]["content"][0]["text"]
`),
];
