import * as vscode from 'vscode';
import type { CallEstimate } from '../../core/estimate/estimateTypes';
import { hostShortLabel } from '../../core/format/hostLabels';
import { lensTitle } from '../../core/format/lensTitle';
import { formatCost, formatMonthly, formatSaving } from '../../core/format/money';
import type { Currency, SkippedFile } from '../../core/model';
import type { FileGroup, GroupCost, ProviderGroup, ReportTotals } from './groupReport';
import type { WorkspaceReport } from './workspaceReport';

/** A node of the "LLM Calls" tree. */
export type ReportNode =
  | { readonly kind: 'totals'; readonly totals: ReportTotals; readonly partial: boolean }
  | { readonly kind: 'file'; readonly group: FileGroup }
  | { readonly kind: 'provider'; readonly group: ProviderGroup }
  | { readonly kind: 'call'; readonly estimate: CallEstimate }
  | { readonly kind: 'skipped'; readonly skipped: readonly SkippedFile[] }
  | { readonly kind: 'skippedFile'; readonly skipped: SkippedFile }
  | { readonly kind: 'message'; readonly text: string };

/**
 * The "LLM Calls" tree: a totals line, then files → providers → calls, each level dearest first,
 * and the files the scan skipped with the reason. Clicking a call opens it.
 */
export class ReportTreeProvider implements vscode.TreeDataProvider<ReportNode> {
  readonly onDidChangeTreeData: vscode.Event<void>;

  constructor(private readonly report: WorkspaceReport) {
    this.onDidChangeTreeData = report.onDidChange;
  }

  getChildren(node?: ReportNode): ReportNode[] {
    if (!node) return this.#roots();
    switch (node.kind) {
      case 'file': return node.group.providers.map((group) => ({ kind: 'provider', group }));
      case 'provider': return node.group.estimates.map((estimate) => ({ kind: 'call', estimate }));
      case 'skipped': return node.skipped.map((skipped) => ({ kind: 'skippedFile', skipped }));
      default: return [];
    }
  }

  getTreeItem(node: ReportNode): vscode.TreeItem {
    switch (node.kind) {
      case 'totals': return totalsItem(node.totals, node.partial);
      case 'file': return fileItem(node.group, this.report.snapshot().files.length);
      case 'provider': return providerItem(node.group);
      case 'call': return callItem(node.estimate, this.report.uriOf(node.estimate.call.file));
      case 'skipped': return item(`${node.skipped.length} file(s) skipped`, vscode.TreeItemCollapsibleState.Collapsed, 'info');
      case 'skippedFile': return skippedItem(node.skipped);
      case 'message': return item(node.text, vscode.TreeItemCollapsibleState.None, 'loading~spin');
    }
  }

  #roots(): ReportNode[] {
    const snap = this.report.snapshot();
    if (!snap.scanned) return snap.scanning ? [{ kind: 'message', text: 'Scanning the workspace…' }] : [];
    const roots: ReportNode[] = [];
    if (snap.scanning) roots.push({ kind: 'message', text: 'Scanning the workspace…' });
    roots.push({ kind: 'totals', totals: snap.totals, partial: snap.partial });
    roots.push(...snap.files.map((group): ReportNode => ({ kind: 'file', group })));
    if (snap.skipped.length) roots.push({ kind: 'skipped', skipped: snap.skipped });
    return roots;
  }
}

function totalsItem(t: ReportTotals, partial: boolean): vscode.TreeItem {
  const cur = t.currency ?? 'USD';
  const label = `Total ≈${formatMonthly(t.monthly, cur)}/mo as written${partial ? ' (partial scan)' : ''}`;
  const parts = [`${t.calls} call${t.calls === 1 ? '' : 's'} in ${t.files} file${t.files === 1 ? '' : 's'}`];
  if (t.savingPercent !== null) parts.push(`cheapest comparable ≈${formatMonthly(t.cheapestMonthly, cur)}/mo (${formatSaving(t.savingPercent)})`);
  if (t.unpriced) parts.push(`${t.unpriced} not priced`);
  const result = item(label, vscode.TreeItemCollapsibleState.None, 'graph');
  result.description = parts.join(' · ');
  result.tooltip = `${label}\n${parts.join('\n')}\nPer month = typical cost per call × calls/day × 30.`;
  return result;
}

function fileItem(g: FileGroup, fileCount: number): vscode.TreeItem {
  const result = item(g.file, fileCount <= 12 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed, 'file');
  result.description = costText(g, currencyOf(g.providers[0]?.estimates[0]));
  result.tooltip = `${g.file}: ${result.description}`;
  return result;
}

function providerItem(g: ProviderGroup): vscode.TreeItem {
  const ascend = g.estimates.every((e) => e.current?.hardware === 'ascend') ? ' (Ascend)' : '';
  const result = item(`${hostShortLabel(g.provider)}${ascend}`, vscode.TreeItemCollapsibleState.Expanded, 'server');
  result.description = costText(g, currencyOf(g.estimates[0]));
  return result;
}

function callItem(e: CallEstimate, uri: vscode.Uri | undefined): vscode.TreeItem {
  const c = e.call;
  const where = c.cell !== undefined ? `cell ${c.cell + 1}, line ${c.line}` : `line ${c.line}`;
  const result = item(`${c.model ?? c.family} · ${where}`, vscode.TreeItemCollapsibleState.None, e.problems.length ? 'warning' : 'symbol-event');
  const now = e.current;
  const parts: string[] = [];
  if (now?.perCall) parts.push(`${formatCost(now.perCall.typical, now.currency)}/call`);
  if (now?.monthly != null) parts.push(`≈${formatMonthly(now.monthly, now.currency)}/mo`);
  if (!now?.perCall) parts.push(c.model === null ? 'model not stated' : 'not priced');
  if (e.savingPercent !== null && e.savingPercent >= 0.5) parts.push(formatSaving(e.savingPercent));
  result.description = parts.join(' · ');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(lensTitle(e));
  for (const p of e.problems) tooltip.appendMarkdown('\n\n').appendText(`⚠ ${p}`);
  result.tooltip = tooltip;
  result.contextValue = 'llmCost.call';
  if (uri) {
    const selection = new vscode.Range(c.line - 1, c.column - 1, c.endLine - 1, c.endColumn - 1);
    result.command = { title: 'Open', command: 'vscode.open', arguments: [uri, c.cell === undefined ? { selection } : {}] };
  }
  return result;
}

function skippedItem(s: SkippedFile): vscode.TreeItem {
  const result = item(s.file, vscode.TreeItemCollapsibleState.None, 'circle-slash');
  result.description = s.reason;
  result.tooltip = `${s.file}: ${s.reason}`;
  return result;
}

function costText(g: GroupCost, currency: Currency): string {
  const parts = [`≈${formatMonthly(g.monthly, currency)}/mo`, `${g.calls} call${g.calls === 1 ? '' : 's'}`];
  if (g.unpriced) parts.push(`${g.unpriced} not priced`);
  return parts.join(' · ');
}

function currencyOf(e: CallEstimate | undefined): Currency {
  return e?.offers[0]?.currency ?? 'USD';
}

function item(label: string, state: vscode.TreeItemCollapsibleState, icon: string): vscode.TreeItem {
  const result = new vscode.TreeItem(label, state);
  result.iconPath = new vscode.ThemeIcon(icon);
  return result;
}
