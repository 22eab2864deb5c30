/** Sessions and a temporary history folder for the runner tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunView, SessionView } from '../../../../src/shared/panelModel';

/** A fresh empty folder under the OS temp dir; remove it with `fs.rmSync(dir, { recursive: true })`. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-history-'));
}

/** A run in a given state. */
export function runOf(id: string, status: RunView['status'], output = '', extra: Partial<RunView> = {}): RunView {
  return {
    id, provider: 'deepseek', model: 'deepseek-v4-flash', label: 'DeepSeek · deepseek-v4-flash', status,
    output, reasoning: '', usage: null, ttftMs: null, totalMs: null, finishReason: null, error: null,
    cost: null, currency: null, costText: '—', estimate: null, estimateText: '—', window: null, notes: [],
    ...extra,
  };
}

/** A session started at `startedAt` with the given runs. */
export function sessionOf(id: string, startedAt: string, runs: RunView[], prompt = 'Explain caching'): SessionView {
  return {
    id, startedAt,
    params: { prompt, system: '', maxTokens: null, temperature: null, thinking: 'default', reasoningEffort: 'default' },
    runs,
  };
}
