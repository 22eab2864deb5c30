/**
 * Which matcher looks at which callee name. The names are the only way a call becomes a
 * candidate, so this table (plus import aliases of its names) bounds what the detector can find.
 */
import type { CallFacts } from './callFacts';
import type { CallShape } from './callShape';
import type { FileIndex } from './fileIndex';
import { matchAzureInference } from './azureInferenceCalls';
import { BEDROCK_NAMES, matchBedrock } from './bedrockCalls';
import { GOOGLE_METHODS, matchGoogle } from './googleCalls';
import { LANGCHAIN_INVOCATIONS, matchLangChainInvocation, noteChatModel } from './langchainCalls';
import { LANGCHAIN_CONSTRUCTORS, isChatModelClass } from './langchainModels';
import { localChatModelClassNames } from './localChatModels';
import { OPENAI_SHAPED_METHODS, matchOpenAiShaped } from './openAiShapedCalls';
import { HTTP_NAMES, fetchWrapperNames, isHttpClientImport, matchRawHttp } from './rawHttpCalls';
import { VERCEL_FUNCTIONS, matchVercel } from './vercelCalls';

/** Looks at one candidate call; returns its facts, or null when it is not an LLM call. */
export type Matcher = (ix: FileIndex, shape: CallShape) => CallFacts | null;

/** In order: when several matchers take a name, the first that accepts the call wins. */
const TABLE: ReadonlyArray<readonly [readonly string[], Matcher]> = [
  [OPENAI_SHAPED_METHODS, matchOpenAiShaped],
  [GOOGLE_METHODS, matchGoogle],
  [BEDROCK_NAMES, matchBedrock],
  [VERCEL_FUNCTIONS, matchVercel],
  [LANGCHAIN_CONSTRUCTORS, noteChatModel],
  [LANGCHAIN_INVOCATIONS, matchLangChainInvocation],
  [['post'], matchAzureInference],
  [HTTP_NAMES, matchRawHttp],
];

/** Callee names the detector looks at, before import aliases. */
export const CALLEE_NAMES: readonly string[] = [...new Set(TABLE.flatMap(([names]) => names))];

/** The matchers per callee name in this file, import aliases included (`import { streamText as st }`). */
export function matchersByName(ix: FileIndex): Map<string, Matcher[]> {
  const out = new Map<string, Matcher[]>();
  const add = (name: string, matcher: Matcher): void => {
    const list = out.get(name) ?? [];
    if (!list.includes(matcher)) list.push(matcher);
    out.set(name, list);
  };
  for (const [names, matcher] of TABLE) for (const name of names) add(name, matcher);
  for (const binding of ix.imports()) {
    for (const [names, matcher] of TABLE) if (names.includes(binding.imported)) add(binding.name, matcher);
    if (isChatModelClass(binding.imported, binding.module)) add(binding.name, noteChatModel);
    if (isHttpClientImport(binding)) add(binding.name, matchRawHttp);
  }
  for (const name of localChatModelClassNames(ix, isChatModelClass)) add(name, noteChatModel);
  for (const name of fetchWrapperNames(ix)) add(name, matchRawHttp);
  return out;
}
