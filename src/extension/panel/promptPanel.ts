import * as vscode from 'vscode';
import type { HostMessage, WebviewMessage } from '../../shared/protocol';
import { parseWebviewMessage } from '../../shared/protocol';
import { Disposable } from '../util/dispose';
import { createNonce } from './createNonce';
import { DeltaBatcher } from './deltaBatcher';
import { panelHtml } from './panelHtml';

/** The webview panel type; also the serializer's key and the `onWebviewPanel:` activation event. */
export const PROMPT_PANEL_VIEW_TYPE = 'llmCost.promptPanel';
const TITLE = 'LLM Cost: Prompt Runner';
/** How long streamed text is gathered before it is posted. */
const DELTA_FLUSH_MS = 40;

/** What a panel reports to its owner. */
export interface PromptPanelEvents {
  /** A validated message from the webview. */
  onMessage(message: WebviewMessage): void;
  /** A message that failed validation (it was not acted on). */
  onBadMessage(error: string): void;
  /** Every message posted, after it was posted (test hook). */
  onPosted(message: HostMessage): void;
  onDisposed(): void;
}

/** The webview options: scripts on, and only dist/ and media/ readable by the page. */
export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * One prompt-runner webview: its HTML under a fresh nonce, the typed `post()`, validation of what
 * it receives, and the `ready` handshake — nothing is posted before the page says it listens, and
 * a page that is hidden (and so destroyed) must say `ready` again.
 */
export class PromptPanel extends Disposable {
  #ready = false;
  readonly #deltas = new DeltaBatcher();
  #flushTimer: ReturnType<typeof setTimeout> | undefined;

  /** Opens a new panel beside the editor. */
  static create(extensionUri: vscode.Uri, events: PromptPanelEvents, preserveFocus: boolean): PromptPanel {
    const panel = vscode.window.createWebviewPanel(PROMPT_PANEL_VIEW_TYPE, TITLE, { viewColumn: vscode.ViewColumn.Beside, preserveFocus }, panelOptions(extensionUri));
    return new PromptPanel(panel, extensionUri, events);
  }

  constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly events: PromptPanelEvents) {
    super();
    const webview = panel.webview;
    webview.options = panelOptions(extensionUri);
    panel.title = TITLE;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    this._register(webview.onDidReceiveMessage((raw: unknown) => this.#receive(raw)));
    this._register(panel.onDidChangeViewState(() => {
      if (!panel.visible) this.#ready = false;
    }));
    this._register(panel.onDidDispose(() => this.dispose()));
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel.css')).toString(),
      nonce: createNonce(),
    });
  }

  /** True once the page said `ready` (and has not been hidden since). */
  get isReady(): boolean {
    return this.#ready && !this.isDisposed;
  }

  /** Posts a message if the page listens; streamed text is batched, and flushed before anything else. */
  post(message: HostMessage): boolean {
    if (!this.isReady) return false;
    if (message.type === 'run/delta') {
      this.#deltas.add(message.sessionId, message.runId, message.reasoning, message.content);
      this.#flushTimer ??= setTimeout(() => this.#flush(), DELTA_FLUSH_MS);
      return true;
    }
    this.#flush();
    this.#send(message);
    return true;
  }

  /** Closes the panel (if still open) and tells the owner; safe to call twice. */
  override dispose(): void {
    if (this.isDisposed) return;
    clearTimeout(this.#flushTimer);
    this.#ready = false;
    super.dispose();
    this.panel.dispose();
    this.events.onDisposed();
  }

  #flush(): void {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    for (const delta of this.#deltas.flush()) this.#send(delta);
  }

  #send(message: HostMessage): void {
    if (this.isDisposed) return;
    void this.panel.webview.postMessage(message);
    this.events.onPosted(message);
  }

  #receive(raw: unknown): void {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.events.onBadMessage(parsed.error);
      if (this.#ready) this.#send({ type: 'notice', level: 'error', message: parsed.error, field: parsed.field });
      return;
    }
    if (parsed.message.type === 'ready') this.#ready = true;
    this.events.onMessage(parsed.message);
  }
}
