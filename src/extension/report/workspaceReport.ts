import * as vscode from 'vscode';
import type { CallEstimate } from '../../core/estimate/estimateTypes';
import type { ScanReport } from '../../core/format/scanJson';
import type { DetectedCall, SkippedFile } from '../../core/model';
import type { DocumentAnalysisCache } from '../analysis/documentAnalysisCache';
import { SOURCE_LANGUAGES } from '../analysis/documentAnalysisCache';
import { Disposable } from '../util/dispose';
import type { IDisposable } from '../util/dispose';
import { groupReport } from './groupReport';
import type { GroupedReport } from './groupReport';
import { rescanFile, scanFolders } from './reportScan';
import type { FileCalls, FolderScan } from './reportScan';

/** How a scan went. */
export interface ScanOutcome {
  readonly files: number;
  readonly calls: number;
  readonly skipped: number;
  readonly cancelled: boolean;
  readonly ms: number;
}

/** The report as the tree, the exports and the tests read it. */
export interface ReportSnapshot extends GroupedReport {
  readonly scanned: boolean;
  readonly scanning: boolean;
  /** True when the last scan or pricing was cancelled: the figures cover part of the workspace. */
  readonly partial: boolean;
  readonly estimates: readonly CallEstimate[];
  readonly skipped: readonly SkippedFile[];
  readonly pricedAt: string | null;
}

/** Progress sink of a scan (VS Code's withProgress hands one in). */
export type ScanProgress = vscode.Progress<{ message?: string; increment?: number }>;

const WATCH_GLOB = '**/*.{ts,mts,cts,tsx,js,mjs,cjs,jsx,py,pyi,ipynb}';

/**
 * The calls of the whole workspace with their estimates. A scan reads every folder from disk; after
 * it, edits, saves and file changes update only the file concerned (debounced), through the same
 * document analysis as the lenses for open files. Settings that change prices re-price the calls
 * without parsing anything again.
 */
export class WorkspaceReport extends Disposable {
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  /** Fires when the snapshot changed (scan, update, re-pricing). */
  readonly onDidChange = this.#onDidChange.event;
  #files = new Map<string, FileCalls>();
  #skipped: SkippedFile[] = [];
  #estimated = new Map<DetectedCall, CallEstimate>();
  #pricedAt: string | null = null;
  #scanned = false;
  #partial = false;
  #running: Promise<ScanOutcome> | undefined;
  #updates = 0;
  #listening: IDisposable | undefined;
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly analysis: DocumentAnalysisCache, private readonly debounceMs = 500) {
    super();
    this._register(analysis.engine.onDidChangeAssumptions(() => {
      if (this.#scanned) void this.#priceAll().then(() => this.#onDidChange.fire());
    }));
    this._register({ dispose: () => { for (const t of this.#timers.values()) clearTimeout(t); this.#listening?.dispose(); } });
  }

  /** Files analysed again after the scan (edits, saves, file changes): each counts once per update. */
  get incrementalUpdates(): number {
    return this.#updates;
  }

  /** The current report. */
  snapshot(): ReportSnapshot {
    const estimates = this.#estimates();
    return {
      ...groupReport(estimates),
      scanned: this.#scanned,
      scanning: this.#running !== undefined,
      partial: this.#partial,
      estimates,
      skipped: this.#skipped,
      pricedAt: this.#pricedAt,
    };
  }

  /** The URI of a file of the report, by its reported path. */
  uriOf(file: string): vscode.Uri | undefined {
    for (const entry of this.#files.values()) if (entry.calls[0]?.file === file) return entry.uri;
    return undefined;
  }

  /** The report in the form the Markdown, CSV and JSON formatters take. */
  toScanReport(): ScanReport {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const estimates = this.#estimates();
    return {
      root: folders.length === 1 ? folders[0].uri.fsPath : (vscode.workspace.name ?? ''),
      currency: estimates.find((e) => e.offers.length > 0)?.offers[0].currency ?? this.analysis.engine.assumptions().currency,
      pricedAt: this.#pricedAt ?? new Date().toISOString(),
      estimates,
      skipped: this.#skipped,
    };
  }

  /** Scans every workspace folder and prices every call; a scan already running is joined. */
  scan(token?: vscode.CancellationToken, progress?: ScanProgress): Promise<ScanOutcome> {
    this.#running ??= this.#scan(token, progress).finally(() => {
      this.#running = undefined;
      this.#onDidChange.fire();
    });
    this.#onDidChange.fire();
    return this.#running;
  }

  async #scan(token: vscode.CancellationToken | undefined, progress: ScanProgress | undefined): Promise<ScanOutcome> {
    const started = Date.now();
    const abort = new AbortController();
    const cancel = token?.onCancellationRequested(() => abort.abort());
    if (token?.isCancellationRequested) abort.abort();
    try {
      let last = 0;
      const result: FolderScan = await scanFolders(vscode.workspace.workspaceFolders ?? [], this.analysis.engine.parsers, abort.signal, (n, file) => {
        if (Date.now() - last < 100) return;
        last = Date.now();
        progress?.report({ message: `${n} files · ${file}` });
      });
      this.#files = result.files;
      this.#skipped = result.skipped;
      this.#scanned = true;
      await this.#useOpenDocuments();
      this.#listen();
      progress?.report({ message: `pricing ${this.#calls().length} calls…` });
      // Superseded pricing is not partial: the newer assumptions re-price everything (see the constructor).
      this.#partial = result.cancelled || (await this.#priceAll(token)) === 'cancelled';
      return { files: this.#files.size, calls: this.#calls().length, skipped: this.#skipped.length, cancelled: this.#partial, ms: Date.now() - started };
    } finally {
      cancel?.dispose();
    }
  }

  /** Unsaved editors hold newer text than the disk: their analysis (shared with the lenses) wins. */
  async #useOpenDocuments(): Promise<void> {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isDirty && doc.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(doc.uri)) await this.#update(doc.uri, false);
    }
  }

  /** Prices every call into a fresh map, unless newer assumptions arrive meanwhile (their run wins). */
  async #priceAll(token?: vscode.CancellationToken): Promise<'done' | 'cancelled' | 'superseded'> {
    const revision = this.analysis.engine.revision;
    const next = new Map<DetectedCall, CallEstimate>();
    for (const call of this.#calls()) {
      if (token?.isCancellationRequested) break;
      next.set(call, await this.#price(call));
    }
    if (this.analysis.engine.revision !== revision) return 'superseded';
    // A cancelled run keeps what it priced, and the older figures for the rest.
    this.#estimated = token?.isCancellationRequested ? new Map([...this.#estimated, ...next]) : next;
    this.#pricedAt = this.analysis.engine.assumptions().at.toISOString();
    return token?.isCancellationRequested ? 'cancelled' : 'done';
  }

  async #price(call: DetectedCall): Promise<CallEstimate> {
    try {
      return await this.analysis.engine.estimate(call);
    } catch (err) {
      return { call, callsPerDay: 0, current: null, cheapest: null, savingPercent: null, offers: [], problems: [`could not be estimated: ${(err as Error).message}`] };
    }
  }

  #listen(): void {
    if (this.#listening) return;
    const watcher = vscode.workspace.createFileSystemWatcher(WATCH_GLOB);
    const parts: IDisposable[] = [
      watcher,
      watcher.onDidCreate((uri) => this.#schedule(uri)),
      watcher.onDidChange((uri) => this.#schedule(uri)),
      watcher.onDidDelete((uri) => this.#schedule(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && isWorkspaceSource(e.document)) this.#schedule(e.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => isWorkspaceSource(doc) && this.#schedule(doc.uri)),
      vscode.workspace.onDidChangeNotebookDocument((e) => this.#schedule(e.notebook.uri)),
      vscode.workspace.onDidSaveNotebookDocument((nb) => this.#schedule(nb.uri)),
    ];
    this.#listening = { dispose: () => parts.forEach((p) => p.dispose()) };
  }

  #schedule(uri: vscode.Uri): void {
    if (!this.#scanned || uri.scheme !== 'file') return;
    const key = uri.toString();
    clearTimeout(this.#timers.get(key));
    this.#timers.set(key, setTimeout(() => {
      this.#timers.delete(key);
      void this.#update(uri, true);
    }, this.debounceMs));
  }

  /** Analyses one file again: the open editor's text when it is open, else the file on disk. */
  async #update(uri: vscode.Uri, count: boolean): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    const key = uri.toString();
    let found: FolderScan | null;
    const notebook = vscode.workspace.notebookDocuments.find((nb) => nb.uri.toString() === key);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    // A deleted file may still be held by a (closed) editor model: gone unless it has unsaved edits.
    const gone = !(await exists(uri)) && !(notebook?.isDirty || doc?.isDirty);
    if (gone) {
      found = null;
    } else if (notebook) {
      found = single(uri, [...(await this.analysis.analyseNotebook(notebook)).calls]);
    } else if (doc && SOURCE_LANGUAGES.some((l) => l === doc.languageId)) {
      const analysis = await this.analysis.analyse(doc);
      found = single(uri, [...(analysis?.calls ?? [])], analysis?.problem ? [{ file: vscode.workspace.asRelativePath(uri), reason: analysis.problem }] : []);
    } else {
      found = await rescanFile(uri, folder, this.analysis.engine.parsers, this.#files.has(key));
    }
    if (count) this.#updates++;
    const relative = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    for (const old of this.#files.get(key)?.calls ?? []) this.#estimated.delete(old);
    this.#files.delete(key);
    this.#skipped = this.#skipped.filter((s) => s.file !== relative);
    if (found) {
      for (const [k, v] of found.files) if (v.calls.length) this.#files.set(k, v);
      this.#skipped.push(...found.skipped);
    }
    for (const call of found?.files.get(key)?.calls ?? []) this.#estimated.set(call, await this.#price(call));
    this.#onDidChange.fire();
  }

  #calls(): DetectedCall[] {
    return [...this.#files.values()].flatMap((f) => f.calls);
  }

  #estimates(): CallEstimate[] {
    const out = this.#calls().flatMap((c) => this.#estimated.get(c) ?? []);
    return out.sort((a, b) => a.call.file.localeCompare(b.call.file) || (a.call.cell ?? -1) - (b.call.cell ?? -1) || a.call.line - b.call.line || a.call.column - b.call.column);
  }
}

function single(uri: vscode.Uri, calls: DetectedCall[], skipped: SkippedFile[] = []): FolderScan {
  return { files: new Map([[uri.toString(), { uri, calls }]]), skipped, cancelled: false };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function isWorkspaceSource(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'file' && SOURCE_LANGUAGES.some((l) => l === doc.languageId) && vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined;
}
