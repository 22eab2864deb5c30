import type * as vscode from 'vscode';
import type { HostMessage, PanelSnapshot } from '../../src/shared/protocol';
import type { SessionView } from '../../src/shared/panelModel';
import type { LlmCostTestApi } from '../../src/extension/testApi';
import { waitFor } from './helpers';

/** Records every message the extension posts to the prompt panel's webview (the test hook). */
export class PostedMessages {
  readonly all: HostMessage[] = [];
  readonly #sub: vscode.Disposable;

  constructor(api: LlmCostTestApi) {
    this.#sub = api.prompt.panels.onDidPostMessage((m) => this.all.push(m));
  }

  dispose(): void {
    this.#sub.dispose();
  }

  /** Index to wait from. */
  mark(): number {
    return this.all.length;
  }

  /** Waits for a message after `from` that passes `test`. */
  async next<T extends HostMessage['type']>(from: number, type: T, test: (m: Extract<HostMessage, { type: T }>) => boolean = () => true, timeoutMs = 20_000): Promise<Extract<HostMessage, { type: T }>> {
    return waitFor(`a "${type}" message to the panel`, () =>
      this.all.slice(from).find((m): m is Extract<HostMessage, { type: T }> => m.type === type && test(m as Extract<HostMessage, { type: T }>)), timeoutMs);
  }
}

/** Waits for the next session the panel shows after `from`, then for its end; returns the final session. */
export async function sessionRun(api: LlmCostTestApi, posted: PostedMessages, from: number, timeoutMs = 30_000): Promise<SessionView> {
  // A panel that becomes visible again re-shows the finished session it had: skip that one.
  const started = await posted.next(from, 'session', (m) => !m.restoreForm && m.session.runs.some((r) => r.status === 'running'), timeoutMs);
  const id = started.session.id;
  await waitFor(`every run of ${id} to end`, () => posted.all.filter((m) => m.type === 'run/end' && m.sessionId === id).length === started.session.runs.length, timeoutMs);
  await waitFor(`${id} to be finished in the history`, () => api.prompt.service.runner.active?.id !== id && api.prompt.service.history.get(id)?.runs.every((r) => r.status !== 'running'), timeoutMs);
  // The runner is idle once the panel heard that no session is active any more.
  await posted.next(from, 'history', (m) => m.activeSessionId === null && m.items.some((i) => i.id === id && i.status !== 'running'), timeoutMs);
  return api.prompt.service.history.get(id)!;
}

/** Waits until the panel is open and its page said `ready`. */
export async function panelReady(api: LlmCostTestApi): Promise<void> {
  await waitFor('the prompt panel to be ready', () => api.prompt.panels.panel?.isReady, 20_000);
}

/**
 * Waits until what the panel shows passes `test` (the page may be reloading: a panel that was
 * hidden is re-created when shown again).
 */
export async function snapshotWhen(api: LlmCostTestApi, what: string, test: (s: PanelSnapshot) => boolean, timeoutMs = 20_000): Promise<PanelSnapshot> {
  let last: PanelSnapshot | undefined;
  try {
    return await waitFor(what, async () => {
      const snap = await api.prompt.panels.requestSnapshot(2_000).catch(() => undefined);
      if (snap) last = snap;
      return snap && test(snap) ? snap : undefined;
    }, timeoutMs);
  } catch (err) {
    throw new Error(`${(err as Error).message}; the panel last showed ${JSON.stringify(last)}`);
  }
}
