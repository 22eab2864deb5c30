import * as vscode from 'vscode';
import { formatMonthly } from '../../core/format/money';
import { Commands } from '../commands';
import { Disposable } from '../util/dispose';
import { ReportTreeProvider } from './reportTreeProvider';
import type { WorkspaceReport } from './workspaceReport';

/** Id of the "LLM Calls" view (package.json contributes it to the Explorer). */
export const REPORT_VIEW_ID = 'llmCost.calls';

/**
 * The "LLM Calls" tree view. The first time it becomes visible it scans the workspace (the user
 * opened it to see that); until then nothing is scanned. Its description shows the monthly total.
 */
export class ReportView extends Disposable {
  readonly provider: ReportTreeProvider;
  readonly view: vscode.TreeView<unknown>;

  constructor(private readonly report: WorkspaceReport) {
    super();
    this.provider = new ReportTreeProvider(report);
    this.view = this._register(vscode.window.createTreeView(REPORT_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true }));
    this._register(this.view.onDidChangeVisibility((e) => {
      if (e.visible && !report.snapshot().scanned && !report.snapshot().scanning) void vscode.commands.executeCommand(Commands.scanWorkspace);
    }));
    this._register(report.onDidChange(() => this.#describe()));
  }

  #describe(): void {
    const snap = this.report.snapshot();
    const t = snap.totals;
    this.view.description = snap.scanned ? `≈${formatMonthly(t.monthly, t.currency ?? 'USD')}/mo · ${t.calls} calls` : undefined;
  }
}
