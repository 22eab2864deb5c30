import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/model';
import type { ProviderId } from '../../core/model';
import { PROVIDER_LABELS } from '../../core/settings/providerSettings';
import type { ApiKeyStore } from '../secrets/apiKeyStore';
import { describeKeySource } from '../status/describeKeySource';

interface ProviderItem extends vscode.QuickPickItem {
  readonly provider: ProviderId;
}

/** True when `value` is one of the provider ids (command arguments arrive untyped). */
export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDERS as readonly string[]).includes(value);
}

/**
 * Message for a bad provider argument. Echoes only what looks like an id, in case a key was passed
 * in the wrong position.
 */
export function unknownProvider(value: unknown): string {
  return typeof value === 'string' && /^[a-z0-9-]{1,40}$/.test(value) ? `unknown provider "${value}".` : 'the provider argument is not a provider id.';
}

/** Quick pick of `providers`, each described by where its key comes from now. */
export async function pickProvider(
  apiKeys: ApiKeyStore,
  providers: readonly ProviderId[],
  title: string,
): Promise<ProviderId | undefined> {
  const items: ProviderItem[] = await Promise.all(providers.map(async (provider) => ({
    provider,
    label: provider,
    description: PROVIDER_LABELS[provider],
    detail: describeKeySource(await apiKeys.source(provider)),
  })));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Provider', matchOnDescription: true });
  return picked?.provider;
}
