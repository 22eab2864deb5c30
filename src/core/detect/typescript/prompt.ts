/**
 * The visible prompt of a call: system / instructions / messages / input / contents / prompt, in
 * the shapes the SDKs accept (strings, `{role, content}` lists, content-part arrays, Gemini
 * `{role, parts: [{text}]}`, LangChain tuples and message classes), resolved through constants.
 */
import type { Node } from 'web-tree-sitter';
import type { PromptKnowledge, PromptMessage, VisiblePrompt } from '../../model';
import { evalString, evalText } from './evaluate';
import type { TextValue } from './evaluate';
import type { FileIndex } from './fileIndex';
import { objectProps, propAt, resolveValue } from './resolve';
import { namedKids, unwrap } from './syntax';

/** One piece of the prompt: a role and its text as far as it is known (null: nothing known). */
export interface PromptPart {
  readonly role: string;
  readonly value: TextValue | null;
}

const MESSAGE_CLASSES: Readonly<Record<string, string>> = {
  SystemMessage: 'system',
  HumanMessage: 'user',
  AIMessage: 'assistant',
  ChatMessage: 'user',
  ToolMessage: 'tool',
  FunctionMessage: 'function',
};

const TUPLE_ROLES: Readonly<Record<string, string>> = { human: 'user', ai: 'assistant', system: 'system', user: 'user', assistant: 'assistant', developer: 'developer', model: 'assistant' };

const MAX_DEPTH = 6;

/** Builds the VisiblePrompt from its parts in order. */
export function visiblePrompt(parts: readonly PromptPart[]): VisiblePrompt {
  const messages: PromptMessage[] = parts.map((p) => ({ role: p.role, text: p.value && p.value.literal ? p.value.known : null }));
  const texts = parts.filter((p) => p.value?.literal).map((p) => p.value!.known);
  let knowledge: PromptKnowledge = 'unknown';
  if (parts.length > 0 && parts.every((p) => p.value?.complete)) knowledge = 'known';
  else if (parts.some((p) => p.value?.literal)) knowledge = 'partial';
  return { text: texts.join('\n'), knowledge, messages };
}

/** The parts one prompt value contributes (a string, a message list, a content array…). */
export function promptParts(ix: FileIndex, node: Node, role: string, depth = 0): PromptPart[] {
  const value = resolveValue(ix, node);
  if (depth > MAX_DEPTH) return [{ role, value: null }];
  switch (value.type) {
    case 'string':
    case 'template_string':
    case 'binary_expression':
    case 'call_expression':
      return [textPart(ix, value, role)];
    case 'array': {
      const items = namedKids(value);
      if (items.some((i) => looksLikeMessage(ix, i))) return items.flatMap((i) => messageParts(ix, i, role, depth + 1));
      return [joinParts(role, items.flatMap((i) => contentParts(ix, i, depth + 1)))];
    }
    case 'object':
      return messageParts(ix, value, role, depth + 1);
    case 'new_expression':
      return messageParts(ix, value, role, depth + 1);
    default:
      return [{ role, value: null }];
  }
}

function textPart(ix: FileIndex, node: Node, role: string): PromptPart {
  const value = evalText(ix, node);
  return { role, value: value.literal || value.complete ? value : null };
}

function looksLikeMessage(ix: FileIndex, item: Node): boolean {
  const v = unwrap(item);
  if (v.type === 'spread_element' || v.type === 'new_expression') return true;
  if (v.type === 'array') return namedKids(v).length === 2;
  const props = v.type === 'object' ? objectProps(ix, v) : null;
  return !!props && (props.has('role') || props.has('parts'));
}

/** A message: `{role, content}`, `{role, parts}`, `['system', '…']`, `new HumanMessage('…')`, `...history`. */
function messageParts(ix: FileIndex, item: Node, fallbackRole: string, depth: number): PromptPart[] {
  const v = resolveValue(ix, item);
  if (v.type === 'spread_element') return [{ role: 'unknown', value: null }];
  if (v.type === 'array') {
    const [roleNode, content] = namedKids(v);
    const role = roleNode ? evalString(ix, roleNode) : null;
    if (!content) return [{ role: 'unknown', value: null }];
    return [joinParts(role ? (TUPLE_ROLES[role] ?? role) : 'unknown', contentParts(ix, content, depth + 1))];
  }
  if (v.type === 'new_expression') {
    const cls = v.childForFieldName('constructor')?.text ?? '';
    const arg = v.childForFieldName('arguments')?.namedChild(0);
    const role = MESSAGE_CLASSES[cls.replace(/^.*\./, '')] ?? 'unknown';
    if (!arg) return [{ role, value: null }];
    const argProps = objectProps(ix, arg);
    const content = argProps ? argProps.get('content') : arg;
    return [joinParts(role, content ? contentParts(ix, content, depth + 1) : [])];
  }
  const props = v.type === 'object' ? objectProps(ix, v) : null;
  if (!props) return [textPart(ix, v, fallbackRole)];
  const roleNode = props.get('role');
  const role = (roleNode ? evalString(ix, roleNode) : null) ?? fallbackRole;
  const content = props.get('content') ?? props.get('parts') ?? props.get('text');
  if (!content) return [{ role, value: null }];
  return [joinParts(TUPLE_ROLES[role] ?? role, contentParts(ix, content, depth + 1))];
}

/** The text pieces of message content: a string, or an array of `{type:'text', text}` / `{text}` parts. */
function contentParts(ix: FileIndex, node: Node, depth: number): (TextValue | null)[] {
  const v = resolveValue(ix, node);
  if (depth > MAX_DEPTH) return [null];
  if (v.type === 'array') return namedKids(v).flatMap((part) => contentParts(ix, part, depth + 1));
  if (v.type === 'object') {
    const props = objectProps(ix, v);
    const text = props?.get('text') ?? props?.get('content') ?? props?.get('input_text');
    if (text) return contentParts(ix, text, depth + 1);
    const parts = props?.get('parts');
    if (parts) return contentParts(ix, parts, depth + 1);
    // Images, files, audio: no visible text, and nothing unknown either.
    return props && (props.has('type') || props.has('image') || props.has('inlineData') || props.has('image_url')) ? [] : [null];
  }
  if (v.type === 'spread_element') return [null];
  const value = evalText(ix, v);
  return [value.literal || value.complete ? value : null];
}

/** One part made of several pieces, joined with new lines; unknown when no piece is known. */
function joinParts(role: string, pieces: readonly (TextValue | null)[]): PromptPart {
  if (pieces.length === 0) return { role, value: { known: '', shape: '', complete: true, literal: true } };
  const known = pieces.filter((p): p is TextValue => p !== null && (p.literal || p.complete));
  if (known.length === 0) return { role, value: null };
  return {
    role,
    value: {
      known: known.map((p) => p.known).join('\n'),
      shape: known.map((p) => p.shape).join('\n'),
      complete: known.length === pieces.length && known.every((p) => p.complete),
      literal: true,
    },
  };
}

/** The prompt parts of a request object, reading the given keys in order (each with the role it implies). */
export function requestParts(ix: FileIndex, props: Map<string, Node> | null, keys: ReadonlyArray<readonly [string, string]>): PromptPart[] {
  if (!props) return [];
  const parts: PromptPart[] = [];
  for (const [key, role] of keys) {
    const node = propAt(ix, props, key);
    if (node) parts.push(...promptParts(ix, node, role));
  }
  return parts;
}

/** The visible prompt of a request object (see requestParts). */
export function requestPrompt(ix: FileIndex, props: Map<string, Node> | null, keys: ReadonlyArray<readonly [string, string]>): VisiblePrompt {
  return visiblePrompt(requestParts(ix, props, keys));
}
