/**
 * Collects the prompt text a call shows: message lists (`{"role", "content"}` dicts, LangChain
 * message objects and tuples, Gemini contents/parts, Bedrock content blocks), single strings
 * and f-strings. Literal parts are kept; every part counts towards known / partial / unknown.
 */
import type { Node } from 'web-tree-sitter';
import type { PromptMessage, VisiblePrompt } from '../../model';
import type { Resolver } from './resolveValue';
import { callArgs, calleePath, unwrap } from './syntax';

const ROLE_CLASSES: Readonly<Record<string, string>> = {
  SystemMessage: 'system', HumanMessage: 'user', AIMessage: 'assistant', UserMessage: 'user',
  AssistantMessage: 'assistant', SystemMessagePromptTemplate: 'system', HumanMessagePromptTemplate: 'user',
  DeveloperMessage: 'developer', ToolMessage: 'tool',
};
const TEXT_WRAPPERS = new Set(['dedent', 'cleandoc', 'strip', 'lstrip', 'rstrip', 'str']);
const MAX_PARTS = 200;

/** Accumulates prompt parts for one call. */
export class PromptCollector {
  private readonly messages: PromptMessage[] = [];
  private readonly texts: string[] = [];
  private known = 0;
  private partial = 0;
  private unknown = 0;

  constructor(private readonly r: Resolver) {}

  /** One text-valued expression (a string, an f-string, a constant, `TEMPLATE.format(...)`). */
  text(role: string, node: Node, depth = 0): void {
    const v = this.r.string(node);
    if (v && v.complete) return this.add(role, 'known', v.text);
    const n = this.r.resolve(node);
    // A `.format` / `%` template with unknown arguments shows its placeholders (`Summarize: {text}`).
    const template = n ? formatTemplate(n) : null;
    const t = template ? this.r.string(template) : null;
    if (t) return this.add(role, t.hasLiteral ? 'partial' : 'unknown', t.literal);
    if (v) return this.add(role, v.hasLiteral ? 'partial' : 'unknown', v.literal);
    if (n && n.type === 'call' && depth < 3) {
      const fn = n.childForFieldName('function');
      const path = fn ? calleePath(fn) : null;
      const name = path?.names[path.names.length - 1] ?? '';
      const args = callArgs(n);
      if (TEXT_WRAPPERS.has(name)) {
        const inner = fn?.type === 'attribute' && name !== 'dedent' && name !== 'cleandoc' ? fn.childForFieldName('object') : args.positional[0];
        if (inner) return this.text(role, inner, depth + 1);
      }
    }
    this.add(role, 'unknown', null);
  }

  /** A list of messages (dicts, tuples, message objects, Content objects, strings). */
  messageList(node: Node, defaultRole = 'user'): void {
    const list = this.r.resolve(node);
    if (!list || (list.type !== 'list' && list.type !== 'tuple')) {
      if (list && (list.type === 'string' || list.type === 'concatenated_string')) return this.text(defaultRole, list);
      return this.add(defaultRole, 'unknown', null);
    }
    for (const item of list.namedChildren) {
      if (!item || item.type === 'comment') continue;
      if (this.messages.length > MAX_PARTS) return;
      if (item.type === 'list_splat') {
        this.add(defaultRole, 'unknown', null);
        continue;
      }
      this.message(item, defaultRole);
    }
  }

  /** One message: a dict with role/content, a (role, text) tuple, a message object or a bare text. */
  message(node: Node, defaultRole: string): void {
    const m = this.r.resolve(node);
    if (!m) return this.add(defaultRole, 'unknown', null);
    if (m.type === 'dictionary') {
      const role = this.roleOf(m, defaultRole);
      const content = this.r.entry(m, 'content') ?? this.r.entry(m, 'parts') ?? this.r.entry(m, 'text');
      return content ? this.content(role, content) : this.add(role, 'unknown', null);
    }
    if (m.type === 'tuple' && m.namedChildren.length === 2) {
      const [roleNode, content] = m.namedChildren;
      const role = roleNode ? this.r.exactString(roleNode) : null;
      if (content) return this.content(normaliseRole(role ?? defaultRole), content);
    }
    if (m.type === 'call') {
      const fn = m.childForFieldName('function');
      const path = fn ? calleePath(fn) : null;
      const name = path?.names[path.names.length - 1] ?? '';
      const args = callArgs(m);
      const roleKw = args.keywords.get('role');
      const role = ROLE_CLASSES[name] ?? (roleKw ? this.r.exactString(roleKw) : null) ?? defaultRole;
      const content = args.keywords.get('content') ?? args.keywords.get('parts') ?? args.keywords.get('text') ?? args.positional[0];
      if (content && (ROLE_CLASSES[name] || name === 'Content' || name === 'ChatMessage' || name === 'Part' || name === 'from_text' || roleKw)) return this.content(role, content);
    }
    if (m.type === 'string' || m.type === 'concatenated_string') return this.text(defaultRole, m);
    this.add(defaultRole, 'unknown', null);
  }

  /** A message's content: a text, a list of parts (`{"type": "text", "text": …}`, `{"text": …}`, Part objects). */
  content(role: string, node: Node): void {
    const c = this.r.resolve(node);
    if (c && (c.type === 'list' || c.type === 'tuple')) {
      for (const part of c.namedChildren) {
        if (!part || part.type === 'comment') continue;
        const p = this.r.resolve(part);
        if (p && p.type === 'dictionary') {
          const text = this.r.entry(p, 'text');
          const type = this.r.entry(p, 'type');
          if (text) this.text(role, text);
          else if (!type || /text/.test(this.r.exactString(type) ?? '')) this.add(role, 'unknown', null);
          continue;
        }
        if (p && p.type === 'call') {
          this.message(p, role);
          continue;
        }
        this.text(role, part);
      }
      return;
    }
    if (c && c.type === 'dictionary') {
      const text = this.r.entry(c, 'text') ?? this.r.entry(c, 'content');
      return text ? this.text(role, text) : this.add(role, 'unknown', null);
    }
    this.text(role, node);
  }

  /** Marks the prompt as having a part the source does not show (e.g. `messages=history`). */
  unknownPart(role: string): void {
    this.add(role, 'unknown', null);
  }

  /** The visible prompt. */
  result(): VisiblePrompt {
    const total = this.known + this.partial + this.unknown;
    const knowledge = total === 0 || this.known + this.partial === 0 ? 'unknown' : this.unknown === 0 && this.partial === 0 ? 'known' : 'partial';
    return { text: this.texts.join('\n'), knowledge, messages: this.messages };
  }

  private roleOf(dict: Node, fallback: string): string {
    const role = this.r.entry(dict, 'role');
    return (role ? this.r.exactString(role) : null) ?? fallback;
  }

  private add(role: string, kind: 'known' | 'partial' | 'unknown', text: string | null): void {
    if (kind === 'known') this.known++;
    else if (kind === 'partial') this.partial++;
    else this.unknown++;
    const shown = text !== null && text.length > 0 ? text : null;
    if (shown !== null) this.texts.push(shown);
    this.messages.push({ role, text: kind === 'unknown' ? null : shown });
  }
}

function normaliseRole(role: string): string {
  const r = role.toLowerCase();
  return r === 'human' ? 'user' : r === 'ai' ? 'assistant' : r;
}

/** Unwraps `json.dumps(x)`, `json.dumps(x).encode()` and `bytes(json.dumps(x), …)` to `x`. */
export function jsonBodyOf(r: Resolver, node: Node): Node | null {
  let n: Node | null = r.resolve(unwrap(node));
  for (let i = 0; i < 4 && n && n.type === 'call'; i++) {
    const fn = n.childForFieldName('function');
    const path = fn ? calleePath(fn) : null;
    const name = path?.names[path.names.length - 1] ?? '';
    const args = callArgs(n);
    if (name === 'dumps' || name === 'bytes' || name === 'str') n = args.positional[0] ? r.resolve(args.positional[0]) : null;
    else if (name === 'encode' && fn?.type === 'attribute') n = fn.childForFieldName('object') ? r.resolve(fn.childForFieldName('object')!) : null;
    else return n;
  }
  return n;
}

/** The template of `TEMPLATE.format(...)` or `TEMPLATE % values`, or null. */
function formatTemplate(n: Node): Node | null {
  if (n.type === 'binary_operator' && n.child(1)?.type === '%') return n.childForFieldName('left');
  const fn = n.type === 'call' ? n.childForFieldName('function') : null;
  return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' ? fn.childForFieldName('object') : null;
}
