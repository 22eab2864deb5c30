import * as vscode from 'vscode';
import type { DetectedCall } from '../../core/model';
import { callAt, prefillFromCall } from '../runner/callPrefill';
import type { PromptPanelManager } from '../panel/promptPanelManager';

/** The detected calls of a document's current version (the shared document analysis). */
export type FindCalls = (document: vscode.TextDocument) => Promise<readonly DetectedCall[]>;

const LANGUAGES = ['python', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact'];

/**
 * `LLM Cost: Run This Call's Prompt`: the visible prompt of a detected call fills the panel (not
 * run: parts built at run time need filling in first). Args: `(uri, line, column)` 1-based, or one
 * `{ uri, line, column }` (hover links); none means the call under the cursor. Resolves with true
 * when the panel was filled.
 */
export function runCallPromptCommand(panels: PromptPanelManager, findCalls: FindCalls): (...args: unknown[]) => Promise<boolean> {
  return async (...args) => {
    const fail = (message: string): false => {
      void vscode.window.showInformationMessage(`LLM Cost: ${message}`);
      return false;
    };
    const target = targetOf(args);
    if (target === 'bad') return fail('Run This Call\'s Prompt takes a document URI and a 1-based line and column.');
    let document: vscode.TextDocument;
    let line: number;
    let column: number;
    if (!target) {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return fail('put the cursor on an LLM call in an editor first.');
      document = editor.document;
      line = editor.selection.active.line + 1;
      column = editor.selection.active.character + 1;
    } else {
      try {
        document = await vscode.workspace.openTextDocument(target.uri);
      } catch (err) {
        return fail(`cannot open ${target.uri.toString(true)}: ${(err as Error).message}`);
      }
      ({ line, column } = target);
    }
    if (!LANGUAGES.includes(document.languageId)) {
      return fail(`LLM calls are detected in Python, TypeScript and JavaScript files, not in ${document.languageId}.`);
    }
    const file = vscode.workspace.asRelativePath(document.uri);
    const call = callAt(await findCalls(document), line, column);
    if (!call) return fail(`no LLM call found at ${file}:${line}.`);
    const { prefill, note } = prefillFromCall(call);
    panels.show({ prefill, autoRun: false, source: `Prompt of ${call.callee} at ${file}:${call.line}`, note });
    return true;
  };
}

/** The position the arguments name, undefined for none, 'bad' for malformed ones. */
function targetOf(args: readonly unknown[]): { uri: vscode.Uri; line: number; column: number } | undefined | 'bad' {
  const [first, lineArg, columnArg] = args;
  if (first === undefined) return undefined;
  const location = typeof first === 'object' && first !== null && !(first instanceof vscode.Uri) ? first as { uri?: unknown; line?: unknown; column?: unknown } : undefined;
  const uriValue = location ? location.uri : first;
  const line = location ? location.line : lineArg;
  const column = (location ? location.column : columnArg) ?? 1;
  const uri = uriValue instanceof vscode.Uri ? uriValue : typeof uriValue === 'string' ? parseUri(uriValue) : undefined;
  if (!uri || !isPositiveInt(line) || !isPositiveInt(column)) return 'bad';
  return { uri, line, column };
}

/** A URI string, or an absolute file path. */
function parseUri(text: string): vscode.Uri | undefined {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return text.startsWith('/') ? vscode.Uri.file(text) : undefined;
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
}

function isPositiveInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
