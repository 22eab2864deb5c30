import * as vscode from 'vscode';
import * as z from 'zod';
import { MAX_PROMPT_CHARS, MAX_TARGETS, runTargetSchema } from '../../shared/panelModel';
import type { PromptPanelManager } from '../panel/promptPanelManager';

const optionsSchema = z.object({
  system: z.string().max(MAX_PROMPT_CHARS).optional(),
  targets: z.array(runTargetSchema).min(1).max(MAX_TARGETS).optional(),
}).strict();

/**
 * `LLM Cost: Run Prompt…`: asks for a prompt (or takes it as an argument) and runs it in the panel
 * on the ticked providers and models (`options.targets` replaces them). Resolves with true when the
 * run was handed to the panel.
 */
export function runPromptCommand(panels: PromptPanelManager): (promptArg?: unknown, optionsArg?: unknown) => Promise<boolean> {
  return async (promptArg, optionsArg) => {
    const options = optionsSchema.safeParse(optionsArg ?? {});
    if (!options.success) {
      void vscode.window.showErrorMessage(`LLM Cost: Run Prompt got bad options: ${options.error.issues[0]?.message ?? 'invalid'}.`);
      return false;
    }
    if (promptArg !== undefined && typeof promptArg !== 'string') {
      void vscode.window.showErrorMessage('LLM Cost: Run Prompt takes the prompt as a string.');
      return false;
    }
    const prompt = promptArg ?? await vscode.window.showInputBox({
      title: 'LLM Cost: Run Prompt',
      prompt: 'Runs on the providers and models ticked in the prompt runner (the default provider at first).',
      placeHolder: 'Prompt',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'Enter a prompt.'),
    });
    if (prompt === undefined) return false;
    if (!prompt.trim()) {
      void vscode.window.showErrorMessage('LLM Cost: the prompt is empty; nothing was run.');
      return false;
    }
    panels.show({ prefill: { prompt, ...options.data }, autoRun: true, source: 'Run Prompt…' });
    return true;
  };
}
