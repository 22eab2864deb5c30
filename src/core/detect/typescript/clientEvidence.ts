/**
 * What a client's construction says about its host: base URL / endpoint (literal, constant,
 * template with a literal host, `process.env.X ?? 'https://…'`), the env vars it reads for its key
 * and URL, an Azure deployment name, and the class itself.
 */
import type { Node } from 'web-tree-sitter';
import type { Family } from '../../model';
import { hostOf } from '../providerHints';
import type { ClientInfo } from './clients';
import { clientOptions } from './clients';
import { envVarName } from './envVars';
import { evalString, evalText } from './evaluate';
import type { FileIndex } from './fileIndex';
import type { ProviderEvidence } from './providerDecision';
import { objectProps } from './resolve';
import { unwrap } from './syntax';

const URL_KEYS = ['baseURL', 'baseUrl', 'basePath', 'endpoint', 'azure_endpoint', 'azureEndpoint', 'apiUrl', 'url', 'host'];
const KEY_KEYS = ['apiKey', 'api_key', 'authToken', 'token', 'key'];

/** A URL as the file states it: complete, or with placeholders around a literal host. */
export function urlFromExpression(ix: FileIndex, node: Node): string | null {
  const value = evalText(ix, node);
  if (value.complete) return /^\s*https?:\/\//i.test(value.known) ? value.known.trim() : null;
  // A template may leave parts open as long as the host keeps a literal domain (`https://${r}.openai.azure.com`).
  const host = /^\s*https?:\/\//i.test(value.shape) ? hostOf(value.shape) : null;
  return host && host.includes('.') ? value.shape.trim() : null;
}

/** Evidence from a client's construction (empty when only its type is known). */
export function clientEvidence(ix: FileIndex, client: ClientInfo | null, family: Family): Omit<ProviderEvidence, 'model'> & { deployment: string | null } {
  if (!client) return { family, deployment: null };
  const sdk = client.sdk;
  const clue = sdk ? { provider: (sdk.strong ?? sdk.weak)!, evidence: sdk.label } : null;
  const envVars: string[] = [];
  let url: { url: string; label: string } | null = null;
  let deployment: string | null = null;
  const options = clientOptions(client);
  const props = options ? objectProps(ix, options) : null;
  if (props) {
    for (const key of KEY_KEYS) {
      const value = props.get(key);
      const env = value ? envVarName(ix, value) : null;
      if (env) envVars.push(env);
    }
    for (const key of URL_KEYS) {
      const value = props.get(key);
      if (!value) continue;
      url ??= (() => {
        const found = urlFromExpression(ix, value);
        return found ? { url: found, label: key } : null;
      })();
      const env = envVarName(ix, value);
      if (env) envVars.push(env);
    }
    const dep = props.get('deployment') ?? props.get('deploymentName');
    deployment = dep ? evalString(ix, dep) : null;
  } else if (options) {
    // Positional forms: new GoogleGenerativeAI(process.env.GEMINI_API_KEY), new OpenAIClient(endpoint, cred).
    const positional = unwrap(options);
    const found = urlFromExpression(ix, positional);
    if (found) url = { url: found, label: 'endpoint' };
    const env = envVarName(ix, positional);
    if (env) envVars.push(env);
    const credential = client.args[1] ? unwrap(client.args[1]) : null;
    if (credential?.type === 'new_expression') {
      const keyArg = credential.childForFieldName('arguments')?.namedChild(0);
      const keyEnv = keyArg ? envVarName(ix, keyArg) : null;
      if (keyEnv) envVars.unshift(keyEnv);
      if (/OpenAIKeyCredential/.test(credential.text) && !url) return { family, envVars, weak: { provider: 'openai', evidence: 'OpenAIKeyCredential' }, deployment };
    }
  }
  const strong = sdk?.strong && clue ? clue : null;
  const weak = !sdk?.strong && clue ? clue : null;
  return { family, url, strong, weak, envVars, deployment };
}
