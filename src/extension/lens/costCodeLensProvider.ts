import * as vscode from 'vscode';
import { lensTitle } from '../../core/format/lensTitle';
import type { DetectedCall } from '../../core/model';
import type { DocumentAnalysisCache } from '../analysis/documentAnalysisCache';
import { calleeRange, callLocation } from '../analysis/callLocation';
import { Commands } from '../commands';

/** A lens above one call; its title is computed in `resolveCodeLens`. */
export class CallCodeLens extends vscode.CodeLens {
  constructor(range: vscode.Range, readonly uri: vscode.Uri, readonly call: DetectedCall) {
    super(range);
  }
}

/** A lens at the top of a file that could not be analysed: says why (never silent). */
class ProblemCodeLens extends vscode.CodeLens {}

/**
 * Cost lenses in two stages: `provideCodeLenses` returns range-only lenses from the shared
 * analysis (parsing at most once per document version), `resolveCodeLens` prices the call and sets
 * the title, so only lenses VS Code shows get estimated. Edits need no event: VS Code asks again.
 */
export class CostCodeLensProvider implements vscode.CodeLensProvider<vscode.CodeLens> {
  readonly #onDidChangeCodeLenses = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.#onDidChangeCodeLenses.event;

  constructor(private readonly analysis: DocumentAnalysisCache) {}

  /** Asks VS Code for fresh lenses: only for outside changes (settings, catalog, keys, the clock). */
  refresh(): void {
    this.#onDidChangeCodeLenses.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const analysis = await this.analysis.analyse(document, token);
    if (!analysis || token.isCancellationRequested) return [];
    const lenses: vscode.CodeLens[] = analysis.calls.map((call) => new CallCodeLens(calleeRange(call), document.uri, call));
    if (analysis.problem) {
      lenses.unshift(new ProblemCodeLens(new vscode.Range(0, 0, 0, 0), { title: `LLM Cost: ${analysis.problem}`, command: '' }));
    }
    return lenses;
  }

  async resolveCodeLens(lens: vscode.CodeLens, token: vscode.CancellationToken): Promise<vscode.CodeLens | undefined> {
    if (!(lens instanceof CallCodeLens)) return lens;
    let title: string;
    try {
      const estimate = await this.analysis.estimate(lens.call, token);
      if (!estimate || token.isCancellationRequested) return undefined;
      title = lensTitle(estimate);
    } catch (err) {
      title = `${lens.call.model ?? lens.call.family} · could not be estimated: ${(err as Error).message}`;
    }
    lens.command = {
      title,
      tooltip: 'Compare this call on every enabled host',
      command: Commands.showComparison,
      arguments: [callLocation(lens.uri, lens.call)],
    };
    return lens;
  }

  dispose(): void {
    this.#onDidChangeCodeLenses.dispose();
  }
}
