/**
 * The TypeScript / JavaScript (TSX, JSX, MJS, CJS) call-site detector. Candidate calls are found
 * by their callee names (matchers.ts); each family's matcher decides from the syntax tree whether
 * the call is an LLM call and reads model, provider, stream, limits and prompt, resolving names
 * lazily within the file. Mentions in comments, strings and templates are never call nodes.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { DetectedCall } from '../../model';
import type { DetectContext } from '../detectContext';
import type { CallFacts } from './callFacts';
import { callShape } from './callShape';
import { directiveFor } from './directiveLookup';
import { FileIndex } from './fileIndex';
import { uninvokedChatModels } from './langchainCalls';
import { matchersByName } from './matchers';
import type { Matcher } from './matchers';
import { nameNodesOf } from './nameTokens';
import { collapseWhitespace } from './syntax';

/** Finds the LLM API call sites in a parsed TS/JS file, sorted by line and column. */
export function detectTypeScriptTree(tree: Tree, ctx: DetectContext): DetectedCall[] {
  const ix = new FileIndex(tree.rootNode, ctx.text);
  const byName = matchersByName(ix);
  const found: CallFacts[] = [];
  for (const nameNode of nameNodesOf(ix.root, ix.text, byName.keys())) {
    const facts = matchOne(ix, nameNode, byName);
    if (facts) found.push(facts);
  }
  found.push(...uninvokedChatModels(ix));
  const seen = new Set<number>();
  const calls: DetectedCall[] = [];
  for (const facts of found) {
    if (seen.has(facts.nameNode.id)) continue;
    seen.add(facts.nameNode.id);
    calls.push(toDetectedCall(ix, ctx, facts));
  }
  return calls.sort((a, b) => a.line - b.line || a.column - b.column);
}

function matchOne(ix: FileIndex, nameNode: Node, byName: ReadonlyMap<string, readonly Matcher[]>): CallFacts | null {
  try {
    const shape = callShape(ix, nameNode);
    if (!shape) return null;
    for (const matcher of byName.get(shape.name) ?? []) {
      const facts = matcher(ix, shape);
      if (facts) return facts;
    }
  } catch {
    // Real files contain odd code and error nodes; one unreadable call must not hide the others.
  }
  return null;
}

function toDetectedCall(ix: FileIndex, ctx: DetectContext, facts: CallFacts): DetectedCall {
  const start = facts.nameNode.startPosition;
  const end = facts.nameNode.endPosition;
  const call = ix.parentOf(facts.callee) ?? facts.callee;
  return {
    file: ctx.file,
    line: start.row + 1,
    column: start.column + 1,
    endLine: end.row + 1,
    endColumn: end.column + 1,
    ...(ctx.cell !== undefined ? { cell: ctx.cell } : {}),
    language: ctx.language,
    family: facts.family,
    callee: collapseWhitespace(facts.callee.text),
    model: facts.model,
    provider: facts.provider.provider,
    providerEvidence: facts.provider.providerEvidence,
    baseUrl: facts.provider.baseUrl,
    stream: facts.stream,
    maxTokens: facts.maxTokens,
    reasoningEffort: facts.reasoningEffort,
    prompt: facts.prompt,
    directive: directiveFor(ix, call, facts.nameNode),
  };
}
