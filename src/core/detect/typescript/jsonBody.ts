/**
 * Request bodies written as JSON text: `body: '{"model":"m","messages":[…]}'` or a template literal
 * without substitutions. The text is parsed and read with the same keys as an object-literal body.
 */
import type { Node } from 'web-tree-sitter';
import type { VisiblePrompt } from '../../model';
import { PROMPT_KEYS } from './callFacts';
import { evalText } from './evaluate';
import type { TextValue } from './evaluate';
import type { FileIndex } from './fileIndex';
import type { BodyFacts } from './httpBody';
import type { PromptPart } from './prompt';
import { visiblePrompt } from './prompt';
import { BUDGET_PATHS, EFFORT_PATHS, MAX_TOKEN_PATHS } from './requestOptions';
import { resolveValue } from './resolve';
import { unwrapAwait } from './syntax';

type JsonObject = Readonly<Record<string, unknown>>;

const ROLES: Readonly<Record<string, string>> = { model: 'assistant', human: 'user', ai: 'assistant' };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON object a body expression spells as text (through constants and wrappers such as
 * `new TextEncoder().encode(…)` / `Buffer.from(…)`), or null when it is not literal JSON text.
 */
export function literalJsonBody(ix: FileIndex, node: Node, depth = 0): JsonObject | null {
  if (depth > 4) return null;
  const value = unwrapAwait(resolveValue(ix, node));
  if (value.type === 'call_expression') {
    const first = value.childForFieldName('arguments')?.namedChild(0);
    return first ? literalJsonBody(ix, first, depth + 1) : null;
  }
  if (value.type !== 'string' && value.type !== 'template_string') return null;
  const text = evalText(ix, value);
  const json = text.known.trim();
  if (!text.complete || !json.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Model, stream flag, limits and prompt of a JSON-text body. */
export function jsonBodyFacts(body: JsonObject): BodyFacts {
  const model = [body.model, body.modelId].find((m): m is string => typeof m === 'string' && m.trim() !== '') ?? null;
  const maxTokens = MAX_TOKEN_PATHS.map((p) => at(body, p)).find((n): n is number => Number.isInteger(n) && (n as number) > 0) ?? null;
  const effort = EFFORT_PATHS.map((p) => at(body, p)).find((e): e is string => typeof e === 'string' && e !== '');
  const budget = BUDGET_PATHS.map((p) => at(body, p)).find((n): n is number => typeof n === 'number');
  return {
    model,
    stream: body.stream === true || body.streaming === true,
    maxTokens,
    reasoningEffort: effort ?? (budget !== undefined ? `budget:${budget}` : null),
    prompt: jsonPrompt(body),
  };
}

function at(body: JsonObject, path: string): unknown {
  let current: unknown = body;
  for (const key of path.split('.')) current = isObject(current) ? current[key] : undefined;
  return current;
}

function jsonPrompt(body: JsonObject): VisiblePrompt {
  const parts: PromptPart[] = [];
  for (const [key, role] of PROMPT_KEYS.body) {
    const value = at(body, key);
    if (value !== undefined) parts.push(...messageParts(value, role, true));
  }
  return visiblePrompt(parts);
}

/** A prompt value: a string, a list of messages or content parts, or one message. */
function messageParts(value: unknown, role: string, top: boolean): PromptPart[] {
  if (typeof value === 'string') return [{ role, value: text(value) }];
  if (Array.isArray(value)) {
    if (top && value.some((m) => isObject(m) && ('role' in m || 'parts' in m))) return value.flatMap((m) => messageParts(m, role, false));
    return [{ role, value: joined(value) }];
  }
  if (!isObject(value)) return [{ role, value: null }];
  const named = typeof value.role === 'string' ? value.role : role;
  const content = value.content ?? value.parts ?? value.text;
  return [{ role: ROLES[named] ?? named, value: content === undefined ? null : joined([content]) }];
}

/** The text of message content (a string, `{text}` parts, nested lists); images add nothing. */
function joined(pieces: readonly unknown[]): TextValue | null {
  const texts: string[] = [];
  const collect = (piece: unknown, depth: number): void => {
    if (depth > 6) return;
    if (typeof piece === 'string') texts.push(piece);
    else if (Array.isArray(piece)) piece.forEach((p) => collect(p, depth + 1));
    else if (isObject(piece)) collect(piece.text ?? piece.content ?? piece.parts, depth + 1);
  };
  pieces.forEach((p) => collect(p, 0));
  return text(texts.join('\n'));
}

function text(value: string): TextValue {
  return { known: value, shape: value, complete: true, literal: true };
}
