/**
 * Amazon Bedrock runtime calls of the AWS SDK v3: `new ConverseCommand({modelId, messages})`,
 * ConverseStreamCommand, InvokeModelCommand and InvokeModelWithResponseStreamCommand (the call
 * site is the command's name), and the aggregated client's `converse` / `invokeModel` methods.
 * For InvokeModel the model-specific JSON body (`JSON.stringify({...})`) is read when literal.
 */
import type { Node } from 'web-tree-sitter';
import type { Family } from '../../model';
import type { CallFacts } from './callFacts';
import { PROMPT_KEYS } from './callFacts';
import type { CallShape } from './callShape';
import { resolveClient } from './clients';
import type { FileIndex } from './fileIndex';
import { decideProvider } from './providerDecision';
import { requestPrompt } from './prompt';
import { maxTokensFrom, modelFrom, reasoningFrom } from './requestOptions';
import { objectProps, resolveValue } from './resolve';
import { unwrap } from './syntax';

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
  const body = kind.family === 'bedrock-invoke' ? jsonBody(ix, input?.get('body') ?? null) : null;
  const request = body ?? input;
  return {
    family: kind.family,
    nameNode: shape.nameNode,
    callee: shape.callee,
    model,
    provider: decideProvider({ family: kind.family, model, strong: { provider: 'aws-bedrock', evidence: 'Bedrock runtime' } }),
    stream: kind.stream,
    maxTokens: maxTokensFrom(ix, request),
    reasoningEffort: reasoningFrom(ix, request),
    prompt: requestPrompt(ix, request, kind.family === 'bedrock-converse' ? PROMPT_KEYS.converse : PROMPT_KEYS.body),
  };
}

function commandKind(ix: FileIndex, shape: CallShape): { family: Family; stream: boolean } | null {
  const kind = COMMANDS[shape.name] ?? aliasedCommand(ix, shape);
  if (!kind) return null;
  // A class of the same name declared in this file is someone else's command.
  const binding = shape.callee.type === 'identifier' ? ix.lookup(shape.callee, shape.callee.text) : null;
  return binding?.kind === 'class' ? null : kind;
}

function aliasedCommand(ix: FileIndex, shape: CallShape): { family: Family; stream: boolean } | null {
  const binding = ix.importOf(shape.name);
  return binding ? (COMMANDS[binding.imported] ?? null) : null;
}

/** `bedrock.converse({...})` on the aggregated BedrockRuntime client (or a receiver named for it). */
function methodKind(ix: FileIndex, shape: CallShape): { family: Family; stream: boolean } | null {
  const kind = METHODS[shape.name];
  if (!kind || !shape.receiver) return null;
  const client = resolveClient(ix, shape.receiver);
  if (client?.sdk?.kind === 'bedrock') return kind;
  if (client) return null;
  const receiverText = shape.receiver?.text ?? '';
  const input = shape.args[0] ? objectProps(ix, shape.args[0]) : null;
  return /bedrock/i.test(receiverText) || input?.has('modelId') ? kind : null;
}

/** The object inside `JSON.stringify(...)`, also wrapped in `new TextEncoder().encode(…)` / `Buffer.from(…)`. */
export function jsonBody(ix: FileIndex, node: Node | null, depth = 0): Map<string, Node> | null {
  if (!node || depth > 4) return null;
  const value = unwrap(resolveValue(ix, node));
  if (value.type === 'object') return objectProps(ix, value);
  if (value.type !== 'call_expression') return null;
  const first = value.childForFieldName('arguments')?.namedChild(0) ?? null;
  const fn = value.childForFieldName('function')?.text ?? '';
  if (/(^|\.)stringify$/.test(fn)) return first ? objectProps(ix, first) : null;
  return jsonBody(ix, first, depth + 1);
}
