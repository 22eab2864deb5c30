/**
 * AWS Bedrock runtime calls through boto3 / aioboto3: `converse`, `converse_stream`,
 * `invoke_model`, `invoke_model_with_response_stream`. A user's own `converse()` method is not
 * one: the receiver must be a bedrock-runtime client, be named like one, or the call pass `modelId=`.
 */
import type { Node } from 'web-tree-sitter';
import type { Family } from '../../model';
import { ArgBag } from './argBag';
import { maxTokensOption, reasoningOption } from './callOptions';
import type { Hit, PyContext } from './pyContext';
import { isOwnMethod } from './pyContext';
import { jsonBodyOf, PromptCollector } from './promptCollector';
import { receiverOf } from './syntax';

/** Bedrock runtime method names and their families. */
export const BEDROCK_METHODS: Readonly<Record<string, Family>> = {
  converse: 'bedrock-converse',
  converse_stream: 'bedrock-converse',
  invoke_model: 'bedrock-invoke',
  invoke_model_with_response_stream: 'bedrock-invoke',
};

/** Matches a Bedrock runtime call; null when the receiver is not a Bedrock client. */
export function matchBedrockCall(ctx: PyContext, call: Node, nameNode: Node): Hit | null {
  const method = nameNode.text;
  const family = BEDROCK_METHODS[method];
  const receiver = receiverOf(call);
  if (!family || !receiver || isOwnMethod(ctx, call, method)) return null;
  const bag = ArgBag.ofCall(ctx.r, call);
  const resolved = ctx.clients.clientOf(receiver);
  // A known client of another kind is not Bedrock; an unknown SDK's client proves nothing either way.
  if (resolved && resolved.sdk !== 'bedrock' && resolved.sdk !== 'other') return null;
  const client = resolved?.sdk === 'bedrock' ? resolved : null;
  const named = /bedrock/i.test(receiver.text);
  if (!client && !named && !bag.has('modelId')) return null;
  const body = family === 'bedrock-invoke' ? bodyBag(ctx, bag) : null;
  const options = body ?? bag;
  return {
    family,
    call,
    nameNode,
    model: bag.string('modelId'),
    provider: 'aws-bedrock',
    providerEvidence: client?.evidence ?? (named ? `receiver ${receiver.text}` : 'family default'),
    baseUrl: null,
    stream: method.endsWith('stream'),
    maxTokens: maxTokensOption(options),
    reasoningEffort: reasoningOption(options),
    prompt: promptOf(ctx, family, bag, body),
  };
}

/** The JSON body of invoke_model (`body=json.dumps({...})`), as a bag. */
function bodyBag(ctx: PyContext, bag: ArgBag): ArgBag | null {
  const body = bag.get('body');
  const dict = body ? jsonBodyOf(ctx.r, body) : null;
  return dict && dict.type === 'dictionary' ? ArgBag.ofDict(ctx.r, dict) : null;
}

function promptOf(ctx: PyContext, family: Family, bag: ArgBag, body: ArgBag | null): Hit['prompt'] {
  const p = new PromptCollector(ctx.r);
  const source = family === 'bedrock-invoke' ? body : bag;
  if (!source) {
    p.unknownPart('user');
    return p.result();
  }
  const system = source.get('system');
  if (system) p.content('system', system);
  const messages = source.get('messages');
  if (messages) p.messageList(messages);
  const text = source.get('prompt') ?? source.get('inputText');
  if (text) p.text('user', text);
  if (!system && !messages && !text) p.unknownPart('user');
  return p.result();
}
