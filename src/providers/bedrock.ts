/**
 * AWS Bedrock through ConverseStream: a Bedrock API key (bearer token) or the AWS credential chain
 * (static keys when given, else the SDK's default chain: env, profile, SSO, IMDS …). Reasoning
 * arrives as `reasoningContent` deltas, usage in the final `metadata` event.
 */
import { BedrockRuntimeClient, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import type { ConverseStreamCommandInput } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { safeEndpoint } from './classifyFault';
import type { LlmProvider, RunEvent, RunRequest, StreamPolicy } from './llmProvider';
import { DEFAULT_STREAM_POLICY } from './llmProvider';
import type { BedrockUsageWire } from './normaliseUsage';
import { normaliseBedrockUsage } from './normaliseUsage';
import type { AttemptContext, AttemptEnd } from './streamAttempts';
import { streamWithPolicy } from './streamAttempts';

/** Static AWS credentials (SigV4). */
export interface AwsStaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface BedrockConfig {
  /** e.g. `us-east-1`; undefined lets the SDK read AWS_REGION / the profile. */
  readonly region?: string;
  /** Endpoint override (a VPC endpoint, or a local server in tests). */
  readonly endpoint?: string;
  /** A Bedrock API key, sent as `Authorization: Bearer`; preferred over SigV4 when set. */
  readonly apiKey?: string;
  /** Static credentials; undefined (and no apiKey) means the SDK's default credential chain. */
  readonly credentials?: AwsStaticCredentials;
  /** Where credentials come from, for messages. */
  readonly keyHint: string;
  readonly policy?: Partial<StreamPolicy>;
}

/** The parts of a ConverseStream event this client reads. */
interface ConverseEventWire {
  contentBlockDelta?: { delta?: { text?: string; reasoningContent?: { text?: string } } };
  messageStop?: { stopReason?: string };
  metadata?: { usage?: BedrockUsageWire };
}

/** Creates the Bedrock provider. */
export function createBedrockProvider(config: BedrockConfig): LlmProvider {
  const policy: StreamPolicy = { ...DEFAULT_STREAM_POLICY, ...config.policy };
  const client = new BedrockRuntimeClient({
    ...(config.region ? { region: config.region } : {}),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.apiKey ? { token: { token: config.apiKey }, authSchemePreference: ['httpBearerAuth'] } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
    // Retries are ours (see retryPolicy.ts).
    maxAttempts: 1,
    // HTTP/1.1: the default HTTP/2 handler fails against plain HTTP endpoints; ConverseStream
    // (one-way streaming) works over HTTP/1.1 everywhere.
    requestHandler: new NodeHttpHandler(),
  });
  const secrets = [config.apiKey, config.credentials?.secretAccessKey, config.credentials?.sessionToken].filter((s): s is string => !!s);
  return {
    id: 'aws-bedrock',
    stream(request: RunRequest, signal: AbortSignal): AsyncIterable<RunEvent> {
      const endpoint = config.endpoint ? safeEndpoint(config.endpoint) : `bedrock-runtime.${config.region ?? '<region>'}.amazonaws.com`;
      const ctx = { label: 'AWS Bedrock', keyHint: config.keyHint, model: request.model, endpoint, secrets };
      return streamWithPolicy((attemptCtx) => attemptOnce(client, request, attemptCtx), policy, signal, ctx);
    },
  };
}

async function* attemptOnce(client: BedrockRuntimeClient, request: RunRequest, ctx: AttemptContext): AsyncGenerator<RunEvent, AttemptEnd> {
  const input: ConverseStreamCommandInput = {
    modelId: request.model,
    messages: [{ role: 'user', content: [{ text: request.prompt }] }],
    ...(request.system ? { system: [{ text: request.system }] } : {}),
  };
  const inference: NonNullable<ConverseStreamCommandInput['inferenceConfig']> = {};
  if (request.maxTokens !== undefined) inference.maxTokens = request.maxTokens;
  if (request.temperature !== undefined) inference.temperature = request.temperature;
  if (Object.keys(inference).length > 0) input.inferenceConfig = inference;
  if (request.thinking !== undefined || request.reasoningEffort) {
    yield { type: 'note', text: 'thinking / reasoning-effort options are not sent to Bedrock (they are model-specific there)' };
  }

  const response = await client.send(new ConverseStreamCommand(input), { abortSignal: ctx.signal });
  ctx.gotHeaders();
  let stopReason: string | null = null;
  let usageSeen = false;
  for await (const raw of response.stream ?? []) {
    ctx.activity();
    const event = raw as ConverseEventWire;
    const delta = event.contentBlockDelta?.delta;
    if (delta?.reasoningContent?.text) yield { type: 'reasoning', text: delta.reasoningContent.text };
    if (delta?.text) yield { type: 'content', text: delta.text };
    if (event.messageStop) stopReason = event.messageStop.stopReason ?? 'end_turn';
    const usage = normaliseBedrockUsage(event.metadata?.usage);
    if (usage) {
      usageSeen = true;
      yield { type: 'usage', usage };
    }
  }
  if (stopReason === null) return { finishReason: null, incompleteBecause: 'it ended without a messageStop event' };
  // metadata is Bedrock's last event: without it the stream was cut after the answer.
  if (!usageSeen) return { finishReason: stopReason, incompleteBecause: 'it ended without the metadata (usage) event' };
  if (stopReason === 'max_tokens') yield { type: 'note', text: 'the answer stopped at the max-tokens limit' };
  return { finishReason: stopReason, incompleteBecause: null };
}
