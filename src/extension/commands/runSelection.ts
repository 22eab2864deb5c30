import * as vscode from 'vscode';
import type { PromptPanelManager } from '../panel/promptPanelManager';

/**
 * `LLM Cost: Run Selection as Prompt`: the active editor's selected text (several selections are
 * joined) goes into the panel and runs on the ticked providers and models.
 */
export function runSelectionCommand(panels: PromptPanelManager): () => boolean {
  return () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('LLM Cost: open a file and select the text to run as a prompt.');
      return false;
    }
    const parts = editor.selections.filter((s) => !s.isEmpty).map((s) => editor.document.getText(s));
    const prompt = parts.join('\n\n');
    if (!prompt.trim()) {
      void vscode.window.showInformationMessage('LLM Cost: select the text to run as a prompt first.');
      return false;
    }
    const first = editor.selections.find((s) => !s.isEmpty)!;
    const where = `${vscode.workspace.asRelativePath(editor.document.uri)}:${first.start.line + 1}`;
    panels.show({ prefill: { prompt }, autoRun: true, source: `Selection in ${where}`, preserveFocus: false });
    return true;
  };
}
