import * as vscode from 'vscode';
import { PROVIDERS } from '../../core/model';
import { redactSecrets } from '../../providers/redactSecrets';
import type { ApiKeyStore } from '../secrets/apiKeyStore';
import { REPORT_FORMATS, renderReport } from '../report/renderReport';
import type { ReportFormat } from '../report/renderReport';
import type { WorkspaceReport } from '../report/workspaceReport';
import { Commands } from '../commands';

/**
 * `LLM Cost: Export Workspace Report…` as Markdown, CSV or JSON. Arguments skip the questions:
 * `format` the format pick, `target` (a path or URI) the save dialog. Scans first when nothing was
 * scanned yet. Every API key known to the extension is scrubbed from the text before it is written.
 * Resolves with the written file's URI, or undefined when the user cancelled.
 */
export function exportReportCommand(report: WorkspaceReport, apiKeys: ApiKeyStore): (format?: unknown, target?: unknown) => Promise<string | undefined> {
  return async (formatArg, targetArg) => {
    const format = isFormat(formatArg) ? formatArg : await pickFormat();
    if (!format) return undefined;
    if (!report.snapshot().scanned) {
      const outcome = await vscode.commands.executeCommand<{ cancelled: boolean } | undefined>(Commands.scanWorkspace);
      if (!outcome) return undefined;
    }
    const target = typeof targetArg === 'string' && targetArg ? toUri(targetArg) : await askTarget(format);
    if (!target) return undefined;
    const keys = (await Promise.all(PROVIDERS.map((p) => apiKeys.get(p)))).flatMap((k) => ('key' in k ? [k.key] : []));
    const text = redactSecrets(renderReport(format, report.toScanReport()), keys);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    const calls = report.snapshot().estimates.length;
    void vscode.window.showInformationMessage(`LLM Cost: exported ${calls} calls to ${vscode.workspace.asRelativePath(target)}.`, 'Open').then((choice) => {
      if (choice === 'Open') void vscode.commands.executeCommand('vscode.open', target);
    });
    return target.toString();
  };
}

function isFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value);
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const items = [
    { label: 'Markdown', description: 'a table for pull requests and wikis', format: 'markdown' as const },
    { label: 'CSV', description: 'one row per call and offer, for spreadsheets', format: 'csv' as const },
    { label: 'JSON', description: 'the documented `llm-cost scan --format json` contract', format: 'json' as const },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'LLM Cost: Export Workspace Report' }))?.format;
}

async function askTarget(format: ReportFormat): Promise<vscode.Uri | undefined> {
  const ext = { markdown: 'md', csv: 'csv', json: 'json' }[format];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: 'LLM Cost: Export Workspace Report',
    defaultUri: folder ? vscode.Uri.joinPath(folder, `llm-cost-report.${ext}`) : undefined,
    filters: { [format === 'markdown' ? 'Markdown' : format.toUpperCase()]: [ext] },
  });
}

function toUri(target: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
}
