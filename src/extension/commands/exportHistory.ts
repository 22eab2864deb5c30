import * as vscode from 'vscode';
import type { RunnerService } from '../runner/runnerService';

/**
 * Exports the run history as JSONL (the panel's Export button). `target` skips the save dialog.
 * Resolves with the file written, or undefined.
 */
export function exportHistoryCommand(service: RunnerService): (targetArg?: unknown) => Promise<vscode.Uri | undefined> {
  return async (targetArg) => {
    if (targetArg !== undefined && !(targetArg instanceof vscode.Uri)) {
      void vscode.window.showErrorMessage('LLM Cost: the export target must be a file URI.');
      return undefined;
    }
    try {
      return await service.exportHistory(targetArg);
    } catch (err) {
      void vscode.window.showErrorMessage(`LLM Cost: the run history could not be exported: ${(err as Error).message}`);
      return undefined;
    }
  };
}
