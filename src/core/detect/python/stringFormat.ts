/**
 * `str.format(...)` and `%` formatting over a known template: URLs and model names are often built
 * as `URL.format(model=model)` or `"%s/chat/completions" % BASE` rather than with f-strings. Known
 * arguments are filled in; unknown ones stay as `{expr}`, as in an f-string with unknown parts.
 */
import type { Node } from 'web-tree-sitter';
import type { StrValue } from './syntax';
import { callArgs } from './syntax';

/** What formatting needs from the resolver. */
export interface StringSource {
  string(node: Node, depth?: number): StrValue | null;
  resolve(node: Node, depth?: number): Node | null;
  exactString(node: Node): string | null;
  entry(container: Node, key: string): Node | null;
  fieldText(expr: Node, depth: number): string | null;
}

/** A format argument: by position or by name. */
type FieldKey = number | string;

/** A format argument: its text when known, and the expression shown in place of an unknown one. */
interface Field {
  readonly text: string | null;
  readonly shown: string | null;
}

type FieldLookup = (key: FieldKey) => Field;

const FORMAT_FIELD = /\{\{|\}\}|\{([^{}]*)\}/g;
const PERCENT_FIELD = /%(?:\(([^)]*)\))?([-#0 +]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

/** Builds a string value piece by piece. */
class Builder {
  private text = '';
  private literal = '';
  private complete = true;
  private hasLiteral = false;

  known(s: string): void {
    this.text += s;
    this.literal += s;
    if (s.trim().length > 0) this.hasLiteral = true;
  }

  unknown(shown: string): void {
    this.text += `{${shown}}`;
    this.complete = false;
  }

  value(): StrValue {
    return { text: this.text, literal: this.literal, complete: this.complete, hasLiteral: this.hasLiteral };
  }
}

/**
 * The string a `%` expression or a string-method call (`TEMPLATE.format(...)`, `BASE.rstrip("/")`)
 * builds from a known string; null for anything else.
 */
export function formattedString(src: StringSource, n: Node, depth: number): StrValue | null {
  return n.type === 'call' ? methodString(src, n, depth) : percentString(src, n, depth);
}

function percentString(src: StringSource, n: Node, depth: number): StrValue | null {
  const l = n.childForFieldName('left');
  const r = n.childForFieldName('right');
  const template = l ? src.string(l, depth + 1) : null;
  if (!template || !r) return null;
  const values = src.resolve(r, depth + 1) ?? r;
  const items = values.type === 'tuple' ? values.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') : [r];
  return applyPercent(template, (key) => {
    const arg = typeof key === 'string' ? src.entry(values, key) : items[key];
    return fieldOf(src, arg, depth);
  });
}

function methodString(src: StringSource, n: Node, depth: number): StrValue | null {
  const fn = n.childForFieldName('function');
  const object = fn && fn.type === 'attribute' ? fn.childForFieldName('object') : null;
  const method = fn?.childForFieldName('attribute')?.text;
  if (!object || !method) return null;
  const value = src.string(object, depth + 1);
  if (!value) return null;
  const args = callArgs(n);
  if (method !== 'format') {
    const arg = args.positional[0] ? src.exactString(args.positional[0]) : null;
    return args.positional.length > 0 && arg === null ? null : applyStringMethod(value, method, arg);
  }
  const splats = args.splats.map((s) => src.resolve(s, depth + 1)).filter((d): d is Node => d !== null);
  return applyFormat(value, (key) => {
    let arg: Node | null | undefined = typeof key === 'number' ? (args.hasListSplat ? undefined : args.positional[key]) : args.keywords.get(key);
    for (const dict of splats) arg ??= typeof key === 'string' ? src.entry(dict, key) : undefined;
    return fieldOf(src, arg, depth);
  });
}

function fieldOf(src: StringSource, arg: Node | null | undefined, depth: number): Field {
  return arg ? { text: src.fieldText(arg, depth + 1), shown: arg.text } : { text: null, shown: null };
}

/** `template.format(...)`: `{}` / `{0}` / `{name}` fields filled from `field`; `{{` and `}}` unescaped. */
function applyFormat(template: StrValue, field: FieldLookup): StrValue {
  // An f-string template with unknown parts already shows them as `{expr}`: formatting it again would guess.
  if (!template.complete) return template;
  const out = new Builder();
  let auto = 0;
  let last = 0;
  for (const m of template.text.matchAll(FORMAT_FIELD)) {
    out.known(template.text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0] === '{{' || m[0] === '}}') {
      out.known(m[0][0]);
      continue;
    }
    const spec = m[1];
    const name = /^[^.[!:]*/.exec(spec)?.[0] ?? '';
    const key: FieldKey = name === '' ? auto++ : /^\d+$/.test(name) ? Number(name) : name;
    // Attribute/index access, `!r` and non-empty format specs change the text: keep those unknown.
    const plain = spec.length === name.length || /^!s$/.test(spec.slice(name.length));
    const value = field(key);
    if (plain && value.text !== null) out.known(value.text);
    else out.unknown(value.shown ?? (spec === '' ? String(key) : spec));
  }
  out.known(template.text.slice(last));
  return out.value();
}

/** `template % values`: `%s` / `%d` / `%(name)s` fields filled from `field`; `%%` unescaped. */
function applyPercent(template: StrValue, field: FieldLookup): StrValue {
  if (!template.complete) return template;
  const out = new Builder();
  let position = 0;
  let last = 0;
  for (const m of template.text.matchAll(PERCENT_FIELD)) {
    out.known(template.text.slice(last, m.index));
    last = m.index + m[0].length;
    const [all, name, flags, width, precision, conversion] = m;
    if (conversion === '%') {
      out.known('%');
      continue;
    }
    if (width === '*') position++;
    if (precision === '*') position++;
    const key: FieldKey = name !== undefined ? name : position++;
    const plain = !flags && width === undefined && precision === undefined && /[sdiu]/.test(conversion);
    const value = field(key);
    if (plain && value.text !== null) out.known(value.text);
    else out.unknown(value.shown ?? name ?? all);
  }
  out.known(template.text.slice(last));
  return out.value();
}

/** `s.rstrip("/")`, `s.strip()`, `s.removesuffix("/")` … on a string value; null for other methods. */
function applyStringMethod(value: StrValue, method: string, arg: string | null): StrValue | null {
  const chars = arg ?? ' \t\n\r';
  const edit = ((): ((s: string) => string) | null => {
    switch (method) {
      case 'strip':
        return (s) => trimEnd(trimStart(s, chars), chars);
      case 'rstrip':
        return (s) => trimEnd(s, chars);
      case 'lstrip':
        return (s) => trimStart(s, chars);
      case 'removesuffix':
        return (s) => (arg && s.endsWith(arg) ? s.slice(0, -arg.length) : s);
      case 'removeprefix':
        return (s) => (arg && s.startsWith(arg) ? s.slice(arg.length) : s);
      default:
        return null;
    }
  })();
  if (!edit) return null;
  return { text: edit(value.text), literal: edit(value.literal), complete: value.complete, hasLiteral: value.hasLiteral };
}

function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

function trimStart(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start])) start++;
  return s.slice(start);
}
