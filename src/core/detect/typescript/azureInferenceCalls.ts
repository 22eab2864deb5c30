/**
 * Azure AI Inference REST client (@azure-rest/ai-inference, also used for GitHub Models):
 * `ModelClient(endpoint, credential).path('/chat/completions').post({ body: {...} })`. The call
 * site is `post`; the endpoint decides the provider (an Azure host unless it says otherwise).
 */
import type { Family } from '../../model';
import type { CallFacts } from './callFacts';
import { PROMPT_KEYS, requestFacts } from './callFacts';
import type { CallShape } from './callShape';
import { clientEvidence } from './clientEvidence';
import { resolveClient } from './clients';
import { evalString } from './evaluate';
import type { FileIndex } from './fileIndex';
import { objectProps } from './resolve';
import { unwrapAwait } from './syntax';

const ROUTES: ReadonlyArray<readonly [RegExp, Family, keyof typeof PROMPT_KEYS]> = [
  [/\/chat\/completions$/, 'openai-chat', 'chat'],
  [/\/embeddings$/, 'openai-embeddings', 'embeddings'],
  [/\/completions$/, 'openai-completions', 'completions'],
];

/** A `.path('/chat/completions').post(...)` call of the Azure AI Inference client, or null. */
export function matchAzureInference(ix: FileIndex, shape: CallShape): CallFacts | null {
  if (shape.name !== 'post' || !shape.receiver) return null;
  const pathCall = unwrapAwait(shape.receiver);
  if (pathCall.type !== 'call_expression') return null;
  const fn = pathCall.childForFieldName('function');
  if (fn?.type !== 'member_expression' || fn.childForFieldName('property')?.text !== 'path') return null;
  const routeArg = pathCall.childForFieldName('arguments')?.namedChild(0);
  const route = routeArg ? evalString(ix, routeArg) : null;
  // `path('chat/completions')` is as common as `path('/chat/completions')`.
  const normal = route === null ? null : `/${route.replace(/^\/+|\/+$/g, '')}`;
  const match = normal ? ROUTES.find(([re]) => re.test(normal)) : undefined;
  if (!match) return null;
  const owner = fn.childForFieldName('object');
  const client = owner ? resolveClient(ix, owner) : null;
  if (client?.sdk?.kind !== 'azure-inference' && !ix.importsModule((m) => m.startsWith('@azure-rest/ai-inference'))) return null;
  const [, family, promptKey] = match;
  const options = shape.args[0] ? objectProps(ix, shape.args[0]) : null;
  const bodyNode = options?.get('body');
  const body = bodyNode ? objectProps(ix, bodyNode) : null;
  const { deployment: _deployment, ...evidence } = clientEvidence(ix, client?.sdk ? client : null, family);
  return requestFacts(ix, {
    family,
    nameNode: shape.nameNode,
    callee: shape.callee,
    props: body,
    promptKeys: PROMPT_KEYS[promptKey],
    stream: false,
    evidence: evidence.strong || evidence.url ? evidence : { ...evidence, strong: { provider: 'azure-foundry', evidence: 'Azure AI Inference client' } },
  });
}
