import * as vscode from 'vscode';
import type { LlmCostTestApi } from '../../src/extension/testApi';

/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'llm-cost-lens.llm-cost-lens';

/** The extension under test (throws if VS Code did not load it). */
export function extension(): vscode.Extension<LlmCostTestApi | undefined> {
  const ext = vscode.extensions.getExtension<LlmCostTestApi | undefined>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  return ext;
}

/** Activates the extension (if needed) and returns its test API. */
export async function testApi(): Promise<LlmCostTestApi> {
  const api = await extension().activate();
  if (!api) throw new Error('activate() returned no test API: not running in ExtensionMode.Test?');
  return api;
}

/** Polls `check` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** URI of a file in the (copied) test workspace. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The `llmCost` configuration section. */
export function llmCostConfig(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('llmCost');
}
