import * as vscode from 'vscode';
import { formatMonthly } from '../../core/format/money';
import { REPORT_VIEW_ID } from '../report/reportView';
import type { ScanOutcome, WorkspaceReport } from '../report/workspaceReport';

/**
 * `LLM Cost: Scan Workspace`: scans every folder with a cancellable progress notification, then
 * shows the "LLM Calls" view. A cancelled scan keeps what it found and says that it is partial.
 */
export function scanWorkspaceCommand(report: WorkspaceReport, log: vscode.LogOutputChannel): () => Promise<ScanOutcome | undefined> {
  return async () => {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('LLM Cost: open a folder to scan it for LLM calls.');
      return undefined;
    }
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'LLM Cost: scanning for LLM calls', cancellable: true },
      (progress, token) => report.scan(token, progress),
    );
    const t = report.snapshot().totals;
    const summary = `${outcome.calls} calls in ${outcome.files} files, ≈${formatMonthly(t.monthly, t.currency ?? 'USD')}/mo (${outcome.ms} ms)`;
    log.info(`Scan ${outcome.cancelled ? 'cancelled' : 'done'}: ${summary}, ${outcome.skipped} skipped`);
    if (outcome.cancelled) void vscode.window.showWarningMessage(`LLM Cost: scan cancelled — the report is partial: ${summary}.`);
    else void vscode.window.setStatusBarMessage(`LLM Cost: ${summary}`, 5000);
    void vscode.commands.executeCommand(`${REPORT_VIEW_ID}.focus`).then(undefined, () => undefined);
    return outcome;
  };
}
