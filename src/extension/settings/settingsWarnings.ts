import * as vscode from 'vscode';
import { formatSettingProblem } from '../../core/settings/formatSettingProblem';
import type { SettingProblem } from '../../core/settings/parseSettings';

const OPEN_SETTINGS = 'Open Setting';
const KEEP_SHOWN = 20;

/**
 * Shows one warning per bad setting value, naming the setting, with a button that opens it. The same
 * bad value is reported once; fixing it and breaking it again reports again.
 */
export class SettingsWarnings {
  readonly #reported = new Set<string>();
  readonly #shown: string[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Messages shown so far (most recent last), for the status menu and tests. */
  get shown(): readonly string[] {
    return this.#shown;
  }

  /** Reports the problems of a fresh read; forgets problems that are gone. */
  report(problems: readonly SettingProblem[]): void {
    const current = new Set(problems.map(signature));
    for (const s of this.#reported) if (!current.has(s)) this.#reported.delete(s);
    for (const problem of problems) {
      const sig = signature(problem);
      if (this.#reported.has(sig)) continue;
      this.#reported.add(sig);
      const message = `LLM Cost: ${formatSettingProblem(problem)}`;
      this.log.warn(message);
      this.#shown.push(message);
      if (this.#shown.length > KEEP_SHOWN) this.#shown.shift();
      void vscode.window.showWarningMessage(message, OPEN_SETTINGS).then((choice) => {
        if (choice === OPEN_SETTINGS) void vscode.commands.executeCommand('workbench.action.openSettings', problem.setting);
      });
    }
  }
}

function signature(problem: SettingProblem): string {
  return `${problem.setting}=${JSON.stringify(problem.value)}`;
}
