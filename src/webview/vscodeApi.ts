/**
 * The webview side of the channel: one typed `post()` and the saved UI state. `acquireVsCodeApi`
 * may be called once per page, so this module holds the only handle.
 */
import type { WebviewMessage } from '../shared/protocol';
import type { WebviewState } from '../shared/webviewState';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Sends a message to the extension host. */
export function post(message: WebviewMessage): void {
  api.postMessage(message);
}

/** The state saved by the last `saveState` (after a reload: what the serializer kept). */
export function loadState(): unknown {
  return api.getState();
}

/** Saves UI state (VS Code keeps it while the panel exists and across reloads). */
export function saveState(state: WebviewState): void {
  api.setState(state);
}
