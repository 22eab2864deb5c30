import * as vscode from 'vscode';
import type { SessionView } from '../../shared/panelModel';
import type { HostMessage, PanelSnapshot, Prefill, WebviewMessage } from '../../shared/protocol';
import type { WebviewState } from '../../shared/webviewState';
import { Commands } from '../commands';
import { RunnerBusyError } from '../runner/promptRunner';
import type { RunnerEvent } from '../runner/promptRunner';
import type { RunnerService } from '../runner/runnerService';
import { Disposable } from '../util/dispose';
import { PromptPanel } from './promptPanel';

/** What a command asks the panel to show. */
export interface ShowPanelOptions {
  readonly prefill?: Prefill;
  /** Press Run once the form is filled. */
  readonly autoRun?: boolean;
  /** Where the prompt came from, shown above the form. */
  readonly source?: string;
  /** A remark for the user (e.g. parts of a call's prompt that are not in the source). */
  readonly note?: string | null;
  readonly preserveFocus?: boolean;
}

/**
 * Owns the single prompt panel (createOrShow, revive after a reload) and connects it to the runner:
 * webview requests become runner calls, runner events become messages. Test hooks: every posted
 * and received message is also fired as an event.
 */
export class PromptPanelManager extends Disposable {
  #panel: PromptPanel | undefined;
  #pendingPrefill: HostMessage | undefined;
  /** The session a revived panel showed before the reload. */
  #restoredSessionId: string | null = null;
  /** The session the page shows now. */
  #shownId: string | null = null;
  /** True until the first page of this window said `ready`. */
  #firstReady = true;
  readonly #snapshots = new Map<string, (snapshot: PanelSnapshot) => void>();
  readonly #onDidPostMessage = this._register(new vscode.EventEmitter<HostMessage>());
  /** Every message posted to the webview (test hook: keys must never appear here). */
  readonly onDidPostMessage = this.#onDidPostMessage.event;
  readonly #onDidReceiveMessage = this._register(new vscode.EventEmitter<WebviewMessage>());
  /** Every valid message from the webview (test hook). */
  readonly onDidReceiveMessage = this.#onDidReceiveMessage.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: RunnerService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(service.runner.onEvent((e) => this.#onRunnerEvent(e)));
    this._register(service.history.onDidChange(() => this.#onHistoryChange()));
    this._register(service.onDidChangeConfig(() => this.#panel?.post({ type: 'config', config: service.panelConfig() })));
    this._register({ dispose: () => this.#panel?.dispose() });
  }

  /** The open panel, if any. */
  get panel(): PromptPanel | undefined {
    return this.#panel;
  }

  /** Opens the panel or brings it forward, optionally filling its form. */
  show(options: ShowPanelOptions = {}): PromptPanel {
    const panel = this.#panel ?? this.#adopt((events) => PromptPanel.create(this.extensionUri, events, options.preserveFocus ?? false));
    if (this.#panel && !panel.panel.visible) panel.panel.reveal(undefined, options.preserveFocus ?? false);
    if (options.prefill) {
      const message: HostMessage = { type: 'prefill', form: options.prefill, autoRun: options.autoRun ?? false, source: options.source ?? '', note: options.note ?? null };
      if (!panel.post(message)) this.#pendingPrefill = message;
    }
    return panel;
  }

  /**
   * Takes over a panel VS Code restored after a reload (the serializer calls this) with the state
   * the page had saved; its session is shown again if the page does not name one itself.
   */
  revive(webviewPanel: vscode.WebviewPanel, state: WebviewState): void {
    if (this.#panel) {
      // A command opened a panel before VS Code restored the old one: keep one.
      webviewPanel.dispose();
      return;
    }
    this.#restoredSessionId = state.shownSessionId;
    this.#adopt((events) => new PromptPanel(webviewPanel, this.extensionUri, events));
  }

  /** Asks the webview what it shows (tests). */
  requestSnapshot(timeoutMs = 5_000): Promise<PanelSnapshot> {
    const panel = this.#panel;
    if (!panel?.isReady) return Promise.reject(new Error('the prompt panel is not open and ready'));
    const requestId = `snap-${Date.now().toString(36)}-${this.#snapshots.size}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#snapshots.delete(requestId);
        reject(new Error(`the panel did not answer snapshot ${requestId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#snapshots.set(requestId, (s) => {
        clearTimeout(timer);
        resolve(s);
      });
      panel.post({ type: 'snapshot/request', requestId });
    });
  }

  #adopt(make: (events: ConstructorParameters<typeof PromptPanel>[2]) => PromptPanel): PromptPanel {
    const panel = make({
      onMessage: (m) => void this.#onMessage(m),
      onBadMessage: (error) => this.log.warn(`prompt panel sent an invalid message: ${error}`),
      onPosted: (m) => this.#onDidPostMessage.fire(m),
      onDisposed: () => {
        if (this.#panel === panel) this.#panel = undefined;
      },
    });
    this.#panel = panel;
    return panel;
  }

  async #onMessage(message: WebviewMessage): Promise<void> {
    this.#onDidReceiveMessage.fire(message);
    const panel = this.#panel;
    if (!panel) return;
    const { runner, history } = this.service;
    switch (message.type) {
      case 'ready': {
        await this.service.loaded;
        panel.post({ type: 'config', config: this.service.panelConfig() });
        this.#postHistory();
        const shownId = message.shownSessionId ?? this.#restoredSessionId;
        this.#restoredSessionId = null;
        const cutOff = this.#firstReady ? this.#cutOffByReload(shownId) : undefined;
        this.#firstReady = false;
        const shown = runner.active ?? cutOff ?? (shownId ? history.get(shownId) : undefined);
        // A run cut off by the reload comes back with its prompt in the form, so nothing is lost.
        if (shown) this.#postSession(shown, shown === cutOff);
        if (this.#pendingPrefill) panel.post(this.#pendingPrefill);
        this.#pendingPrefill = undefined;
        break;
      }
      case 'run':
        try {
          runner.start(message.params, message.targets);
        } catch (err) {
          const text = err instanceof RunnerBusyError ? err.message : `The run could not start: ${(err as Error).message}`;
          panel.post({ type: 'notice', level: 'error', message: text, field: null });
        }
        break;
      case 'cancel':
        if (!runner.cancel(message.sessionId)) panel.post({ type: 'notice', level: 'info', message: 'That run has already finished.', field: null });
        break;
      case 'history/open': {
        const session = runner.active?.id === message.sessionId ? runner.active : history.get(message.sessionId);
        if (session) this.#postSession(session, true);
        else panel.post({ type: 'notice', level: 'error', message: 'That history entry no longer exists (cleared in another window?).', field: null });
        break;
      }
      case 'history/export':
        await vscode.commands.executeCommand(Commands.exportHistory);
        break;
      case 'history/clear':
        await this.service.clearHistory();
        break;
      case 'action':
        if (message.action === 'setApiKey') await vscode.commands.executeCommand(Commands.setApiKey, message.provider ?? undefined);
        else await vscode.commands.executeCommand('workbench.action.openSettings', message.setting ?? 'llmCost');
        break;
      case 'snapshot':
        this.#snapshots.get(message.requestId)?.(message.snapshot);
        this.#snapshots.delete(message.requestId);
        break;
    }
  }

  #onRunnerEvent(event: RunnerEvent): void {
    const panel = this.#panel;
    if (!panel) return;
    switch (event.type) {
      case 'session':
        this.#postSession(event.session, false);
        this.#postHistory();
        break;
      case 'delta':
        panel.post({ type: 'run/delta', sessionId: event.sessionId, runId: event.runId, reasoning: event.reasoning, content: event.content });
        break;
      case 'end':
        panel.post({ type: 'run/end', sessionId: event.sessionId, runId: event.runId, run: event.run });
        break;
      case 'idle':
        this.#postHistory();
        break;
    }
  }

  /**
   * After a reload, the newest session if a previous window left it unfinished and it is newer than
   * the one the page shows: the page's saved state can predate the last run (the web workbench
   * saves webview state lazily).
   */
  #cutOffByReload(shownId: string | null): SessionView | undefined {
    const newest = this.service.history.sessions()[0];
    if (!newest || newest.id === shownId) return undefined;
    if (!newest.runs.some((r) => r.status === 'running' || r.status === 'interrupted')) return undefined;
    const shown = shownId ? this.service.history.get(shownId) : undefined;
    return !shown || newest.startedAt > shown.startedAt ? newest : undefined;
  }

  #postSession(session: SessionView, restoreForm: boolean): void {
    if (this.#panel?.post({ type: 'session', session, restoreForm })) this.#shownId = session.id;
  }

  /**
   * A finished session on show may have changed on disk: another window's run marked interrupted
   * after a reload. Show its new state along with the list.
   */
  #onHistoryChange(): void {
    this.#postHistory();
    const shownId = this.#shownId;
    if (!shownId || shownId === this.service.runner.active?.id) return;
    const session = this.service.history.get(shownId);
    if (session) this.#postSession(session, false);
  }

  #postHistory(): void {
    this.#panel?.post({ type: 'history', items: this.service.history.items(), activeSessionId: this.service.runner.active?.id ?? null });
  }
}
