import * as vscode from 'vscode';
import { parseSettings } from '../../core/settings/parseSettings';
import type { ParsedSettings } from '../../core/settings/parseSettings';
import { SETTINGS_SECTION } from '../../core/settings/settingSpec';
import { SETTING_SPECS } from '../../core/settings/settingsSchema';

/**
 * Reads every `llmCost.*` setting as VS Code resolves it and validates it. VS Code has already
 * dropped values a scope forbids (a workspace value of a machine setting, a restricted setting in
 * an untrusted workspace), so what reaches the schema is what the user may set.
 */
export function readSettings(scope?: vscode.ConfigurationScope): ParsedSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(SETTING_SPECS)) raw[key] = config.get(key);
  return parseSettings(raw);
}
