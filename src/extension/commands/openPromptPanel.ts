import type { PromptPanelManager } from '../panel/promptPanelManager';

/** `LLM Cost: Open Prompt Runner`: the panel, its form as left and the run history. */
export function openPromptPanelCommand(panels: PromptPanelManager): () => void {
  return () => {
    panels.show();
  };
}
