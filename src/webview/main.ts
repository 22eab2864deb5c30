/**
 * Entry of the prompt panel's script (bundled to dist/webview.js, loaded under a nonce CSP). Every
 * message from the host is validated before it is used; a bad one is reported on the page.
 */
import './zodConfig';
import { parseHostMessage } from '../shared/protocol';
import { restoreWebviewState } from '../shared/webviewState';
import { PanelApp } from './panelApp';
import { loadState, post, saveState } from './vscodeApi';

const root = document.getElementById('app');
if (root) {
  const state = restoreWebviewState(loadState());
  const app = new PanelApp(root, state, post, saveState);
  window.addEventListener('message', (event: MessageEvent) => {
    const parsed = parseHostMessage(event.data);
    if (parsed.ok) app.receive(parsed.message);
    else app.showNotice(`The extension sent a message the panel could not read (${parsed.error}). Try reopening the panel.`, 'error');
  });
  post({ type: 'ready', shownSessionId: state.shownSessionId });
}
