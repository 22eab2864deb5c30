import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/model';
import type { ProviderId } from '../../core/model';
import { PROVIDER_LABELS } from '../../core/settings/providerSettings';
import { validateApiKey } from '../secrets/apiKeyStore';
import type { ApiKeyStore } from '../secrets/apiKeyStore';
import { isProviderId, pickProvider, unknownProvider } from './pickProvider';

/**
 * `LLM Cost: Set API Key…`. Arguments are optional: `provider` skips the quick pick (links, key
 * bindings), `key` skips the password box (automation, tests). Resolves with the provider whose
 * key was saved, or undefined when the user cancelled. The key is never shown or logged.
 */
export function setApiKeyCommand(
  apiKeys: ApiKeyStore,
  log: vscode.LogOutputChannel,
): (providerArg?: unknown, keyArg?: unknown) => Promise<ProviderId | undefined> {
  return async (providerArg, keyArg) => {
    if (providerArg !== undefined && !isProviderId(providerArg)) {
      void vscode.window.showErrorMessage(`LLM Cost: ${unknownProvider(providerArg)} Known: ${PROVIDERS.join(', ')}.`);
      return undefined;
    }
    const provider = providerArg ?? await pickProvider(apiKeys, PROVIDERS, 'LLM Cost: Set API Key');
    if (!provider) return undefined;
    const key = typeof keyArg === 'string' ? keyArg : await vscode.window.showInputBox({
      title: `LLM Cost: API key for ${PROVIDER_LABELS[provider]}`,
      prompt: 'Stored in VS Code SecretStorage (the OS keychain), never in settings files.',
      password: true,
      ignoreFocusOut: true,
      validateInput: validateApiKey,
    });
    if (key === undefined) return undefined;
    const problem = validateApiKey(key);
    if (problem) {
      void vscode.window.showErrorMessage(`LLM Cost: key for ${provider} not saved. ${problem}`);
      return undefined;
    }
    await apiKeys.store(provider, key);
    log.info(`API key for ${provider} saved in SecretStorage`);
    void vscode.window.showInformationMessage(`LLM Cost: API key for ${PROVIDER_LABELS[provider]} saved in SecretStorage.`);
    return provider;
  };
}
