import * as vscode from 'vscode';
import type { ProviderId } from '../../core/model';
import { PROVIDER_LABELS } from '../../core/settings/providerSettings';
import type { ApiKeyStore } from '../secrets/apiKeyStore';
import { describeKeySource } from '../status/describeKeySource';
import { isProviderId, pickProvider, unknownProvider } from './pickProvider';

/**
 * `LLM Cost: Clear API Key…`. Offers only providers with a stored key; `provider` as argument
 * skips the pick. Resolves with the provider whose key was removed, or undefined.
 */
export function clearApiKeyCommand(
  apiKeys: ApiKeyStore,
  log: vscode.LogOutputChannel,
): (providerArg?: unknown) => Promise<ProviderId | undefined> {
  return async (providerArg) => {
    if (providerArg !== undefined && !isProviderId(providerArg)) {
      void vscode.window.showErrorMessage(`LLM Cost: ${unknownProvider(providerArg)}`);
      return undefined;
    }
    let provider = providerArg;
    if (!provider) {
      const stored = await apiKeys.storedProviders();
      if (!stored.length) {
        void vscode.window.showInformationMessage('LLM Cost: no API keys are stored in SecretStorage. Environment variables are not changed by this command.');
        return undefined;
      }
      provider = await pickProvider(apiKeys, stored, 'LLM Cost: Clear API Key');
      if (!provider) return undefined;
    }
    const removed = await apiKeys.delete(provider);
    if (!removed) {
      void vscode.window.showInformationMessage(`LLM Cost: no stored key for ${PROVIDER_LABELS[provider]}.`);
      return undefined;
    }
    log.info(`API key for ${provider} removed from SecretStorage`);
    const now = describeKeySource(await apiKeys.source(provider));
    void vscode.window.showInformationMessage(`LLM Cost: API key for ${PROVIDER_LABELS[provider]} removed. Now: ${now}.`);
    return provider;
  };
}
