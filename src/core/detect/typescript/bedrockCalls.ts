/**
 * Amazon Bedrock runtime calls of the AWS SDK v3: `new ConverseCommand({modelId, messages})`,
 * ConverseStreamCommand, InvokeModelCommand and InvokeModelWithResponseStreamCommand (the call
 * site is the command's name), and the aggregated client's `converse` / `invokeModel` methods.
 * For InvokeModel the model-specific JSON body (`JSON.stringify({...})`) is read when literal.
 */
import type { Family } from '../../model';
import type { CallFacts } from './callFacts';
import { PROMPT_KEYS } from './callFacts';
import type { CallShape } from './callShape';
import { isOwnObject, resolveClient } from './clients';
import type { FileIndex } from './fileIndex';
import { decideProvider } from './providerDecision';
import { requestPrompt } from './prompt';
import { maxTokensFrom, modelFrom, reasoningFrom } from './requestOptions';
import { objectProps } from './resolve';
import { requestBody } from './httpBody';
import { jsonBodyFacts, literalJsonBody } from './jsonBody';

const COMMANDS: Readonly<Record<string, { family: Family; stream: boolean }>> = {
  ConverseCommand: { family: 'bedrock-converse', stream: false },
  ConverseStreamCommand: { family: 'bedrock-converse', stream: true },
  InvokeModelCommand: { family: 'bedrock-invoke', stream: false },
  InvokeModelWithResponseStreamCommand: { family: 'bedrock-invoke', stream: true },
};

const METHODS: Readonly<Record<string, { family: Family; stream: boolean }>> = {
  converse: { family: 'bedrock-converse', stream: false },
  converseStream: { family: 'bedrock-converse', stream: true },
  invokeModel: { family: 'bedrock-invoke', stream: false },
  invokeModelWithResponseStream: { family: 'bedrock-invoke', stream: true },
};

export const BEDROCK_NAMES: readonly string[] = [...Object.keys(COMMANDS), ...Object.keys(METHODS)];

/** A Bedrock runtime call at this shape, or null. */
export function matchBedrock(ix: FileIndex, shape: CallShape): CallFacts | null {
  const kind = shape.isNew ? commandKind(ix, shape) : methodKind(ix, shape);
  if (!kind) return null;
  const input = shape.args[0] ? objectProps(ix, shape.args[0]) : null;
  const model = modelFrom(ix, input, ['modelId', 'model']);
  const bodyNode = kind.family === 'bedrock-invoke' ? input?.get('body') : undefined;
  const body = bodyNode ? requestBody(ix, bodyNode) : null;
  const request = body ?? input;
  const json = bodyNode && !body ? literalJsonBody(ix, bodyNode) : null;
  const jsonFacts = json ? jsonBodyFacts(json) : null;
  return {
    family: kind.family,
    nameNode: shape.nameNode,
    callee: shape.callee,
    model,
    provider: decideProvider({ family: kind.family, model, strong: { provider: 'aws-bedrock', evidence: kind.evidence } }),
    stream: kind.stream,
    maxTokens: jsonFacts ? jsonFacts.maxTokens : maxTokensFrom(ix, request),
    reasoningEffort: jsonFacts ? jsonFacts.reasoningEffort : reasoningFrom(ix, request),
    prompt: jsonFacts ? jsonFacts.prompt : requestPrompt(ix, request, kind.family === 'bedrock-converse' ? PROMPT_KEYS.converse : PROMPT_KEYS.body),
  };
}

interface Kind {
  readonly family: Family;
  readonly stream: boolean;
  readonly evidence: string;
}

function commandKind(ix: FileIndex, shape: CallShape): Kind | null {
  // A class of the same name declared in this file is someone else's command.
  const binding = shape.callee.type === 'identifier' ? ix.lookup(shape.callee, shape.callee.text) : null;
  if (binding?.kind === 'class') return null;
  const name = binding?.kind === 'import' && COMMANDS[binding.imported] ? binding.imported : shape.name;
  const kind = COMMANDS[name];
  return kind ? { ...kind, evidence: `Bedrock ${name}` } : null;
}

/** `bedrock.converse({...})` on the aggregated BedrockRuntime client (or a receiver named for it). */
function methodKind(ix: FileIndex, shape: CallShape): Kind | null {
  const found = METHODS[shape.name];
  if (!found || !shape.receiver) return null;
  const kind = { ...found, evidence: 'Bedrock runtime client' };
  const client = resolveClient(ix, shape.receiver);
  if (client?.sdk?.kind === 'bedrock') return kind;
  if (client || isOwnObject(ix, shape.receiver)) return null;
  const input = shape.args[0] ? objectProps(ix, shape.args[0]) : null;
  return /bedrock/i.test(shape.receiver.text) || input?.has('modelId') ? kind : null;
}
