/**
 * Azure AI Inference: `ChatCompletionsClient(endpoint=…, credential=…).complete(messages=[…])`,
 * reported as an openai-chat call on Azure AI Foundry (or wherever its endpoint points).
 */
import type { Node } from 'web-tree-sitter';
import { ArgBag } from './argBag';
import { maxTokensOption, modelOption, reasoningOption, streamOption } from './callOptions';
import type { Hit, PyContext } from './pyContext';
import { isOwnMethod } from './pyContext';
import { PromptCollector } from './promptCollector';
import { receiverOf } from './syntax';

/** Matches `<ChatCompletionsClient>.complete(...)`; null for any other `complete`. */
export function matchAzureInferenceCall(ctx: PyContext, call: Node, nameNode: Node): Hit | null {
  const receiver = receiverOf(call);
  if (!receiver || nameNode.text !== 'complete' || isOwnMethod(ctx, call, 'complete')) return null;
  const client = ctx.clients.clientOf(receiver) ?? ctx.clients.fallback('azure-inference');
  if (!client || client.sdk !== 'azure-inference') return null;
  const bag = ArgBag.ofCall(ctx.r, call);
  const ctorBag = client.call ? ArgBag.ofCall(ctx.r, client.call) : null;
  const p = new PromptCollector(ctx.r);
  const messages = bag.get('messages') ?? bag.positional[0];
  if (messages) p.messageList(messages);
  else p.unknownPart('user');
  return {
    family: 'openai-chat',
    call,
    nameNode,
    model: modelOption(bag) ?? (ctorBag ? modelOption(ctorBag) : null),
    provider: client.provider ?? 'azure-foundry',
    providerEvidence: client.evidence ?? 'ChatCompletionsClient client',
    baseUrl: client.baseUrl,
    stream: streamOption(bag),
    maxTokens: maxTokensOption(bag),
    reasoningEffort: reasoningOption(bag),
    prompt: p.result(),
  };
}
