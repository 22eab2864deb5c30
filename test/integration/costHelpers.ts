import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/commands';
import { extension, llmCostConfig, waitFor } from './helpers';

/** Settings the cost tests change; every suite resets them so the next suite starts from the defaults. */
export const TOUCHED_SETTINGS = ['currency', 'codeLens.enabled', 'volume.callsPerDay', 'comparison', 'enabledProviders'];

/** Resets the settings of TOUCHED_SETTINGS in the workspace and user scopes. */
export async function resetCostSettings(): Promise<void> {
  const config = llmCostConfig();
  for (const key of TOUCHED_SETTINGS) {
    if (config.inspect(key)?.workspaceValue !== undefined) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    if (config.inspect(key)?.globalValue !== undefined) await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

/**
 * A file of the sample workspace (test/fixtures/sample-workspace), copied once into the test
 * workspace's `sample-workspace/` folder so the repository's fixture stays untouched.
 */
export function sampleFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  const target = path.join(folder.uri.fsPath, 'sample-workspace');
  if (!fs.existsSync(target)) {
    fs.cpSync(path.join(extension().extensionPath, 'test', 'fixtures', 'sample-workspace'), target, { recursive: true });
  }
  return vscode.Uri.file(path.join(target, relative));
}

/** The cost lenses of a document, resolved (titles set), in line order. */
export async function costLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  await vscode.workspace.openTextDocument(uri);
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 500)) ?? [];
  return lenses.filter((l) => l.command?.command === Commands.showComparison || l.command?.title.startsWith('LLM Cost:'))
    .sort((a, b) => a.range.start.line - b.range.start.line);
}

/** Titles of the cost lenses of a document. */
export async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  return (await costLenses(uri)).map((l) => l.command?.title ?? '');
}

/** Polls the lens titles until `check` accepts them. */
export async function waitForLensTitles(uri: vscode.Uri, what: string, check: (titles: string[]) => boolean, timeoutMs = 15_000): Promise<string[]> {
  let last: string[] = [];
  try {
    return await waitFor(what, async () => {
      last = await lensTitles(uri);
      return check(last) ? last : undefined;
    }, timeoutMs);
  } catch (err) {
    throw new Error(`${(err as Error).message}; last titles: ${JSON.stringify(last)}`);
  }
}
