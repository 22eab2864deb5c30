import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../core/settings/settingSpec';

const KEY = 'codeLens.enabled';

/**
 * `LLM Cost: Toggle Cost Lenses`: flips `llmCost.codeLens.enabled` where it is set (workspace
 * folder, workspace, else user settings), so the flip is not shadowed by a more specific value.
 * The lens controller follows the setting. Resolves with the new value.
 */
export function toggleCodeLensCommand(): () => Promise<boolean> {
  return async () => {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const next = !config.get<boolean>(KEY, true);
    const inspected = config.inspect<boolean>(KEY);
    const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
    await config.update(KEY, next, target);
    void vscode.window.setStatusBarMessage(`LLM Cost: cost lenses ${next ? 'on' : 'off'}`, 3000);
    return next;
  };
}
