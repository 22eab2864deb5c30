import * as vscode from 'vscode';
import { isCallLocation } from '../analysis/callLocation';
import { CostDocuments } from '../hover/costDocuments';
import { openMarkdownPreview } from './openMarkdownPreview';

/**
 * A lens click: the call's full comparison (the hover's table) in a Markdown preview. Resolves with
 * the document's URI, or undefined for a malformed argument.
 */
export function showComparisonCommand(): (location?: unknown) => Promise<string | undefined> {
  return async (location) => {
    if (!isCallLocation(location)) {
      void vscode.window.showErrorMessage('LLM Cost: Show Comparison needs the location of a call (use the cost lens above a call).');
      return undefined;
    }
    const uri = CostDocuments.comparisonUri(location);
    await openMarkdownPreview(uri);
    return uri.toString();
  };
}
