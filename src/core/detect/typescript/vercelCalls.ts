/**
 * Vercel AI SDK calls: generateText / streamText / generateObject / streamObject / embed /
 * embedMany imported from 'ai' (streamUI from 'ai/rsc'). A function of the same name declared in
 * the file or imported from elsewhere is a wrapper, not the SDK.
 */
import type { Family } from '../../model';
import type { CallFacts } from './callFacts';
import { PROMPT_KEYS } from './callFacts';
import type { CallShape } from './callShape';
import type { FileIndex } from './fileIndex';
import { decideProvider } from './providerDecision';
import { requestPrompt } from './prompt';
import { maxTokensFrom, reasoningFrom } from './requestOptions';
import { objectProps } from './resolve';
import { importedProviderPackages, vercelModel, vercelPackageProvider } from './vercelModels';

const FUNCTIONS: Readonly<Record<string, boolean>> = {
  generateText: false,
  streamText: true,
  generateObject: false,
  streamObject: true,
  embed: false,
  embedMany: false,
  streamUI: true,
};

export const VERCEL_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

const AI_MODULE = /^(ai|ai\/rsc|@ai-sdk\/rsc)$/;

/** The SDK function a callee refers to, or null when it is not the AI SDK's. */
function sdkFunction(ix: FileIndex, shape: CallShape, hasModel: boolean): string | null {
  if (shape.isNew) return null;
  if (shape.receiver) {
    const root = shape.root;
    if (shape.path.length !== 0 || root?.type !== 'identifier') return null;
    const binding = ix.lookup(root, root.text);
    return binding?.kind === 'import' && AI_MODULE.test(binding.module) && shape.name in FUNCTIONS ? shape.name : null;
  }
  const binding = ix.lookup(shape.callee, shape.name);
  if (!binding) return shape.name in FUNCTIONS && hasModel ? shape.name : null;
  if (binding.kind !== 'import' || !AI_MODULE.test(binding.module)) return null;
  return binding.imported in FUNCTIONS ? binding.imported : null;
}

/** An AI SDK call at this shape, or null. */
export function matchVercel(ix: FileIndex, shape: CallShape): CallFacts | null {
  const props = shape.args[0] ? objectProps(ix, shape.args[0]) : null;
  const fn = sdkFunction(ix, shape, !!props?.has('model'));
  if (!fn) return null;
  const family: Family = 'vercel-ai';
  const { model, evidence } = vercelModel(ix, props?.get('model') ?? null);
  let known = evidence;
  if (!known.strong && !known.weak) {
    // The model is a parameter or comes from elsewhere: one imported provider package still tells.
    const packages = importedProviderPackages(ix);
    if (packages.length === 1) known = { ...known, weak: { provider: vercelPackageProvider(packages[0])!, evidence: `${packages[0]} import` } };
  }
  return {
    family,
    nameNode: shape.nameNode,
    callee: shape.callee,
    model,
    provider: decideProvider({ ...known, family, model }),
    stream: FUNCTIONS[fn],
    maxTokens: maxTokensFrom(ix, props),
    reasoningEffort: reasoningFrom(ix, props),
    prompt: requestPrompt(ix, props, PROMPT_KEYS.vercel),
  };
}
