import * as vscode from 'vscode';
import type { ProviderId } from '../../core/model';
import { SETTINGS_SECTION } from '../../core/settings/settingSpec';
import type { RunnerService } from '../runner/runnerService';
import { isProviderId, unknownProvider } from './pickProvider';

interface Pick<T> extends vscode.QuickPickItem {
  readonly value: T;
}

const OTHER = Symbol('other');

/**
 * `LLM Cost: Choose Provider and Model…`: sets `llmCost.defaultProvider` and `llmCost.defaultModel`
 * (where they are set now: workspace if the workspace sets them, else user settings), which the
 * status bar and the panel's default target follow. Args `(provider?, model?)` skip the picks.
 * Resolves with the choice, or undefined.
 */
export function chooseProviderModelCommand(service: RunnerService): (providerArg?: unknown, modelArg?: unknown) => Promise<{ provider: ProviderId; model: string } | undefined> {
  return async (providerArg, modelArg) => {
    if (providerArg !== undefined && !isProviderId(providerArg)) {
      void vscode.window.showErrorMessage(`LLM Cost: ${unknownProvider(providerArg)}`);
      return undefined;
    }
    if (modelArg !== undefined && (typeof modelArg !== 'string' || !modelArg.trim() || modelArg.length > 200)) {
      void vscode.window.showErrorMessage('LLM Cost: the model must be a model id of at most 200 characters.');
      return undefined;
    }
    const config = service.panelConfig();
    const provider = providerArg ?? (await vscode.window.showQuickPick<Pick<ProviderId>>(
      config.providers.map((p) => ({ label: p.id, description: p.label, detail: p.problem ?? undefined, value: p.id })),
      { title: 'LLM Cost: Choose Provider (1/2)', placeHolder: 'Provider for runs and the status bar' },
    ))?.value;
    if (!provider) return undefined;
    let model = (modelArg as string | undefined)?.trim();
    if (!model) {
      const options = config.options.filter((o) => o.provider === provider);
      const picked = await vscode.window.showQuickPick<Pick<string | typeof OTHER>>(
        [
          ...options.map((o) => ({ label: o.model, description: `${o.label === o.model ? '' : o.label}${o.priced ? '' : ' (unpriced)'}`, value: o.model })),
          { label: '$(edit) Other model id…', value: OTHER },
        ],
        { title: `LLM Cost: Choose Model of ${provider} (2/2)`, placeHolder: 'Model id as the host names it' },
      );
      if (!picked) return undefined;
      model = picked.value === OTHER
        ? (await vscode.window.showInputBox({ title: `LLM Cost: Model id on ${provider}`, validateInput: (v) => (v.trim() && v.length <= 200 ? undefined : 'Enter a model id (at most 200 characters).') }))?.trim()
        : picked.value;
      if (!model) return undefined;
    }
    const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    await settings.update('defaultProvider', provider, targetOf(settings.inspect('defaultProvider')));
    await settings.update('defaultModel', model, targetOf(settings.inspect('defaultModel')));
    return { provider, model };
  };
}

/** Where a setting is written so that it takes effect: the most specific level that sets it now. */
function targetOf(inspected: { workspaceFolderValue?: unknown; workspaceValue?: unknown } | undefined): vscode.ConfigurationTarget {
  if (inspected?.workspaceFolderValue !== undefined) return vscode.ConfigurationTarget.WorkspaceFolder;
  if (inspected?.workspaceValue !== undefined) return vscode.ConfigurationTarget.Workspace;
  return vscode.ConfigurationTarget.Global;
}
