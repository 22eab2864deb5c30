import * as vscode from 'vscode';
import { hoverMarkdown } from '../../core/format/hoverMarkdown';
import type { DetectedCall } from '../../core/model';
import type { DocumentAnalysisCache } from '../analysis/documentAnalysisCache';
import { calleeRange, callLocation } from '../analysis/callLocation';
import { Commands } from '../commands';

/**
 * The comparison hover over a call's callee (`client.chat.completions.create`): every enabled offer
 * with its cost, window and source, from the same analysis and estimates as the lenses. Command
 * links are trusted one by one, never wholesale.
 */
export class CostHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analysis: DocumentAnalysisCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await this.analysis.analyse(document, token);
    if (!analysis || token.isCancellationRequested) return undefined;
    const hit = analysis.calls.map((call) => ({ call, range: hoverRange(document, call) })).find((h) => h.range.contains(position));
    if (!hit) return undefined;
    const estimate = await this.analysis.estimate(hit.call, token);
    if (!estimate || token.isCancellationRequested) return undefined;
    const location = callLocation(document.uri, hit.call);
    const content = hoverMarkdown(estimate, this.analysis.engine.catalog, {
      now: new Date(),
      runPrompt: { id: Commands.runCallPrompt, args: [location] },
      priceTable: { id: Commands.showPriceTable, args: [] },
    });
    const markdown = new vscode.MarkdownString(content.markdown);
    markdown.isTrusted = { enabledCommands: [...content.enabledCommands] };
    return new vscode.Hover(markdown, hit.range);
  }
}

/**
 * The callee as written when it sits on one line (`client.chat.completions.create`), else the
 * callee name alone: hovering the receiver of a call shows the cost too.
 */
function hoverRange(document: vscode.TextDocument, call: DetectedCall): vscode.Range {
  const name = calleeRange(call);
  if (call.callee.includes('\n') || name.start.line >= document.lineCount) return name;
  const line = document.lineAt(name.start.line).text;
  const start = name.end.character - call.callee.length;
  return start >= 0 && line.slice(start, name.end.character) === call.callee ? new vscode.Range(name.start.line, start, name.end.line, name.end.character) : name;
}
