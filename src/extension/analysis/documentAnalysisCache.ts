import * as vscode from 'vscode';
import { detectInText } from '../../core/detect/detect';
import { mayContainCalls } from '../../core/detect/prefilter';
import { skipReasonFor } from '../../core/detect/sourceChecks';
import type { CallEstimate } from '../../core/estimate/estimateTypes';
import type { DetectedCall, LanguageId } from '../../core/model';
import { Disposable } from '../util/dispose';
import type { AnalysisEngine } from './analysisEngine';
import { notebookCalls } from './notebookCalls';

/** Language ids the detector reads, as VS Code names them. */
export const SOURCE_LANGUAGES: readonly LanguageId[] = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'];
/** Schemes worth analysing: files on disk, new files, and notebook cells. */
export const SOURCE_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-notebook-cell'];

/** What one version of a document holds. */
export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** Calls with lines relative to this document (within the cell for a notebook cell). */
  readonly calls: readonly DetectedCall[];
  /** Why the document could not be analysed, for a lens of its own; null when it was. */
  readonly problem: string | null;
}

interface Entry {
  /** Document version, or the versions of every cell for a notebook. */
  readonly versionKey: string;
  readonly result: Promise<{ readonly calls: readonly DetectedCall[]; readonly problem: string | null }>;
}

/**
 * One analysis per document version, shared by lenses, hovers and the workspace report: a version
 * is parsed once, whoever asks first. Notebooks are analysed as a whole (all cells together) and
 * each cell sees its own calls. Callers pass their cancellation token and get `undefined` once it
 * is cancelled; the shared work itself finishes for the next caller.
 */
export class DocumentAnalysisCache extends Disposable {
  readonly #entries = new Map<string, Entry>();

  constructor(readonly engine: AnalysisEngine) {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.#entries.delete(d.uri.toString())));
    this._register(vscode.workspace.onDidCloseNotebookDocument((n) => this.#entries.delete(n.uri.toString())));
  }

  /** The calls of the document's current version. */
  async analyse(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const version = document.version;
    const notebook = document.uri.scheme === 'vscode-notebook-cell' ? notebookOf(document) : undefined;
    let result: Awaited<Entry['result']>;
    try {
      if (notebook) {
        const cell = notebook.getCells().find((c) => c.document.uri.toString() === document.uri.toString());
        const all = await this.#entry(notebook.uri, notebookVersion(notebook), () => this.#analyseNotebook(notebook));
        // The notebook's analysis is shared by all its cells; this cell sees its own calls.
        result = { calls: all.calls.filter((c) => c.cell === cell?.index), problem: all.problem };
      } else {
        result = await this.#entry(document.uri, String(version), () => this.#analyseText(document));
      }
    } catch (err) {
      result = { calls: [], problem: `analysis failed: ${(err as Error).message}` };
    }
    if (token?.isCancellationRequested) return undefined;
    return { uri: document.uri, version, ...result };
  }

  /** The calls of every cell of a notebook (each call's `cell` says where it is). */
  async analyseNotebook(notebook: vscode.NotebookDocument): Promise<{ readonly calls: readonly DetectedCall[] }> {
    return this.#entry(notebook.uri, notebookVersion(notebook), () => this.#analyseNotebook(notebook));
  }

  /** The estimate of one call, or undefined when cancelled. Rejects when the estimate fails. */
  async estimate(call: DetectedCall, token?: vscode.CancellationToken): Promise<CallEstimate | undefined> {
    const estimate = await this.engine.estimate(call);
    return token?.isCancellationRequested ? undefined : estimate;
  }

  /** Estimates of every call of an analysis in order; undefined when cancelled part-way. */
  async estimates(analysis: DocumentAnalysis, token?: vscode.CancellationToken): Promise<CallEstimate[] | undefined> {
    const out: CallEstimate[] = [];
    for (const call of analysis.calls) {
      const e = await this.estimate(call, token);
      if (!e) return undefined;
      out.push(e);
    }
    return out;
  }

  /** Number of document (or notebook) versions held, for tests. */
  get size(): number {
    return this.#entries.size;
  }

  #entry(uri: vscode.Uri, versionKey: string, analyse: () => Entry['result']): Entry['result'] {
    const key = uri.toString();
    const existing = this.#entries.get(key);
    if (existing?.versionKey === versionKey) return existing.result;
    const entry: Entry = { versionKey, result: analyse() };
    this.#entries.set(key, entry);
    return entry.result;
  }

  async #analyseText(document: vscode.TextDocument): Entry['result'] {
    const language = SOURCE_LANGUAGES.find((l) => l === document.languageId);
    if (!language) return { calls: [], problem: null };
    const text = document.getText();
    if (!mayContainCalls(text, language === 'python' ? 'python' : 'typescript')) return { calls: [], problem: null };
    const file = relativePath(document.uri);
    const skip = skipReasonFor(file, text.length, text.slice(0, 8192));
    if (skip) return { calls: [], problem: skip };
    return { calls: await detectInText(this.engine.parsers, language, file, text), problem: null };
  }

  async #analyseNotebook(notebook: vscode.NotebookDocument): Entry['result'] {
    const cells = notebook.getCells().map((c) => ({
      index: c.index,
      languageId: c.document.languageId,
      isCode: c.kind === vscode.NotebookCellKind.Code,
      text: c.document.getText(),
    }));
    return { calls: await notebookCalls(this.engine.parsers, relativePath(notebook.uri), cells), problem: null };
  }
}

/** The path shown for a document: relative to its workspace folder, else as is. */
export function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
}

function notebookOf(cell: vscode.TextDocument): vscode.NotebookDocument | undefined {
  const key = cell.uri.toString();
  return vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document.uri.toString() === key));
}

/** Cell edits do not always bump the notebook's own version: combine both. */
function notebookVersion(notebook: vscode.NotebookDocument): string {
  return `${notebook.version}:${notebook.getCells().map((c) => `${c.kind}${c.document.languageId}@${c.document.version}`).join(',')}`;
}
