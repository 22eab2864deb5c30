/**
 * The Python call-site detector. One descendantsOfType pass collects the calls and the nodes the
 * file index needs; candidate calls are picked by their callee name (read from the text); only
 * when there is one is the index built, and names, clients and arguments are then resolved
 * lazily, per candidate, with memoisation (no rescans of the tree).
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { DetectedCall } from '../../model';
import type { DetectContext } from '../detectContext';
import { matchAzureInferenceCall } from './azureInferenceCalls';
import { BEDROCK_METHODS, matchBedrockCall } from './bedrockCalls';
import { CLIENT_CLASSES, HTTP_CLIENT_CLASSES } from './clientClasses';
import type { TypedNode } from './fileIndex';
import { FileIndex, INDEXED_TYPES } from './fileIndex';
import { findDirective } from './findDirective';
import { CHAT_SEND_METHODS, GENERATE_METHODS, matchGenaiCall } from './genaiCalls';
import { INVOKE_METHODS, LangChainMatcher } from './langChainCalls';
import { isLangChainConstructor, isLangChainModelModule, mayBeLangChainClass } from './langChainModels';
import { LITELLM_FUNCTIONS, matchLiteLlmCall } from './liteLlmCalls';
import type { Hit, PyContext } from './pyContext';
import { HTTP_METHODS, matchRawHttpCall } from './rawHttpCalls';
import { ClientResolver } from './resolveClient';
import { Resolver } from './resolveValue';
import { matchSdkCall, SDK_METHODS } from './sdkCalls';
import { calleeNameNode, collapse } from './syntax';

interface Candidate {
  readonly call: Node;
  readonly nameNode: Node;
  readonly name: string;
  /** The called name is bound to an SDK method (an alias or a functools.partial of it). */
  readonly bound: boolean;
}

/** Constructor names whose clients the "one client in the file" fallback may use. */
const CONSTRUCTOR_NAMES = new Set<string>([...Object.keys(CLIENT_CLASSES), ...HTTP_CLIENT_CLASSES, 'client']);
const CANDIDATE_NAMES = new Set<string>([
  ...SDK_METHODS, ...GENERATE_METHODS, ...CHAT_SEND_METHODS, ...Object.keys(BEDROCK_METHODS), 'complete',
  ...LITELLM_FUNCTIONS, ...INVOKE_METHODS, ...HTTP_METHODS,
]);

const PASS_TYPES = ['call', 'aliased_import', ...INDEXED_TYPES];
/** Stands for a LangChain model class imported under a name that does not say so. */
const LANGCHAIN_MODEL = '\u0000langchain-model';

/** Finds the LLM calls in a parsed Python file (or notebook cell). Never throws on odd code. */
export function detectPythonTree(tree: Tree, ctx: DetectContext): DetectedCall[] {
  const calls: Node[] = [];
  const indexed: TypedNode[] = [];
  // `from litellm import completion as llm_call`: the local alias is the name calls use.
  const aliases = new Map<string, string>();
  // The one walk over the tree: calls, plus what the file index needs should a call be a candidate.
  for (const node of tree.rootNode.descendantsOfType(PASS_TYPES)) {
    if (!node) continue;
    const type = node.type;
    if (type === 'call') calls.push(node);
    else if (type === 'aliased_import') addAlias(node, aliases);
    else {
      if (type === 'import_from_statement') addLangChainModelImports(node, aliases);
      indexed.push({ node, type });
    }
  }
  const candidates: Candidate[] = [];
  const constructors: Node[] = [];
  const text = ctx.text;
  // The callee's last name, read from the text in front of the argument list (one wasm call).
  const written = calls.map((call) => {
    const fn = call.firstChild;
    return fn ? trailingName(text, fn.endIndex) : '';
  });
  const bound = boundSdkNames(text, calls, written, indexed);
  calls.forEach((call, i) => {
    if (written[i] === '') return;
    const name = aliases.get(written[i]) ?? written[i];
    const isBound = bound.has(written[i]);
    const isConstructor = CONSTRUCTOR_NAMES.has(name);
    const isCandidate = isBound || CANDIDATE_NAMES.has(name) || name === LANGCHAIN_MODEL || mayBeLangChainClass(name);
    if (!isCandidate && !isConstructor) return;
    const nameNode = calleeNameNode(call);
    if (!nameNode) return;
    if (isCandidate) candidates.push({ call, nameNode, name, bound: isBound });
    if (isConstructor) constructors.push(call);
  });
  if (candidates.length === 0) return [];
  const index = new FileIndex(indexed, ctx.text, calls);
  const r = new Resolver(index);
  const py: PyContext = { index, r, clients: new ClientResolver(r, constructors) };
  const hits = findHits(py, calls, candidates);
  return hits.map((h) => toDetectedCall(py, ctx, h)).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Names that may be bound to an SDK method, so that calling them is a candidate whatever they are
 * called: `ask = client.chat.completions.create` (an assignment ending in a method name), and
 * `chat = partial(client.chat.completions.create, …)`. sdkCalls.ts decides whether they really are.
 */
function boundSdkNames(text: string, calls: readonly Node[], written: readonly string[], indexed: readonly TypedNode[]): Set<string> {
  const names = new Set<string>();
  const add = (assignment: Node | null): void => {
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    if (left?.type === 'identifier') names.add(left.text);
  };
  for (const { node, type } of indexed) if (type === 'assignment' && SDK_METHODS.has(trailingName(text, node.endIndex))) add(node);
  calls.forEach((call, i) => {
    if (written[i] !== 'partial') return;
    const first = call.childForFieldName('arguments')?.namedChild(0);
    if (first?.type === 'attribute' && SDK_METHODS.has(trailingName(text, first.endIndex))) add(call.parent);
  });
  return names;
}

/** `from langchain_community.llms import Ollama`: model classes without a telling name become candidates. */
function addLangChainModelImports(node: Node, aliases: Map<string, string>): void {
  const module = node.childForFieldName('module_name')?.text ?? '';
  if (!module.startsWith('langchain')) return;
  for (const item of node.childrenForFieldName('name')) {
    const local = item?.type === 'aliased_import' ? item.childForFieldName('alias')?.text : item?.text;
    if (local && isLangChainModelModule(`${module}.${local}`) && !aliases.has(local)) aliases.set(local, LANGCHAIN_MODEL);
  }
}

/** The identifier that ends at `end` in `text` ('' when the callee ends with `)` or `]`). */
function trailingName(text: string, end: number): string {
  let start = end;
  while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
  const first = text.charCodeAt(start);
  return start < end && !(first >= 48 && first <= 57) ? text.slice(start, end) : '';
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function addAlias(node: Node, aliases: Map<string, string>): void {
  const name = node.childForFieldName('name')?.text;
  const alias = node.childForFieldName('alias')?.text;
  if (name && alias && !name.includes('.') && aliases.get(alias) !== LANGCHAIN_MODEL) aliases.set(alias, name);
}

function findHits(py: PyContext, calls: readonly Node[], candidates: readonly Candidate[]): Hit[] {
  const langChain = new LangChainMatcher(py);
  const hits: Hit[] = [];
  const done = new Set<number>();
  const models: Candidate[] = [];
  for (const c of candidates) {
    const hit = safely(() => matchCandidate(py, langChain, c));
    if (hit) {
      hits.push(hit);
      done.add(c.call.id);
    } else if ((c.name === LANGCHAIN_MODEL || mayBeLangChainClass(c.name)) && isLangChainConstructor(py.index, c.call)) {
      models.push(c);
    }
  }
  if (models.length === 0) return hits;
  // Old-style direct calls `llm("...")` / `chain({...})` of a model variable.
  for (const call of calls) {
    const fn = call.childForFieldName('function');
    if (!fn || done.has(call.id) || (fn.type !== 'identifier' && fn.type !== 'attribute')) continue;
    if (py.index.bindings(fn.type === 'identifier' ? fn.text : collapse(fn.text)).length === 0) continue;
    const nameNode = calleeNameNode(call);
    const hit = nameNode ? safely(() => langChain.matchInvocation(call, nameNode, true)) : null;
    if (hit) hits.push(hit);
  }
  for (const m of models) {
    const hit = safely(() => langChain.matchUninvoked(m.call, m.nameNode));
    if (hit) hits.push(hit);
  }
  return hits;
}

function matchCandidate(py: PyContext, langChain: LangChainMatcher, c: Candidate): Hit | null {
  const { call, nameNode, name } = c;
  if (SDK_METHODS.has(name) || c.bound) {
    const hit = matchSdkCall(py, call, nameNode);
    if (hit) return hit;
  }
  if (GENERATE_METHODS.has(name) || CHAT_SEND_METHODS.has(name)) return matchGenaiCall(py, call, nameNode);
  if (name in BEDROCK_METHODS) return matchBedrockCall(py, call, nameNode);
  if (name === 'complete') return matchAzureInferenceCall(py, call, nameNode);
  if (LITELLM_FUNCTIONS.has(name)) {
    const hit = matchLiteLlmCall(py, call, nameNode);
    if (hit) return hit;
  }
  if (INVOKE_METHODS.has(name)) {
    const hit = langChain.matchInvocation(call, nameNode, false);
    if (hit) return hit;
  }
  if (HTTP_METHODS.has(name)) return matchRawHttpCall(py, call, nameNode);
  return null;
}

/** Odd code must never stop a scan: a matcher that fails on one call skips only that call. */
function safely(match: () => Hit | null): Hit | null {
  try {
    return match();
  } catch {
    return null;
  }
}

function toDetectedCall(py: PyContext, ctx: DetectContext, h: Hit): DetectedCall {
  const start = h.nameNode.startPosition;
  const end = h.nameNode.endPosition;
  const fn = h.call.childForFieldName('function');
  return {
    file: ctx.file,
    line: start.row + 1,
    column: start.column + 1,
    endLine: end.row + 1,
    endColumn: end.column + 1,
    ...(ctx.cell !== undefined ? { cell: ctx.cell } : {}),
    language: ctx.language,
    family: h.family,
    callee: fn ? calleeText(fn) : h.nameNode.text,
    model: h.model,
    provider: h.provider,
    providerEvidence: h.providerEvidence,
    baseUrl: h.baseUrl,
    stream: h.stream,
    maxTokens: h.maxTokens,
    reasoningEffort: h.reasoningEffort,
    prompt: h.prompt,
    directive: findDirective(py.index, h.call, h.nameNode),
  };
}

/** The callee as written, whitespace collapsed and argument lists of inner calls shortened. */
function calleeText(fn: Node): string {
  let text = collapse(fn.text);
  for (let prev = ''; prev !== text; ) {
    prev = text;
    text = text.replace(/\([^()]*\)/g, '\uE000');
  }
  return text.replace(/\uE000/g, '(…)');
}
