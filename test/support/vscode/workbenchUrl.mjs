// URLs of code-server's web workbench.
import path from 'node:path';

/** `vscode-remote://` URI through which the web workbench addresses a path on the server. */
export function remoteUri(port, fsPath) {
  return `vscode-remote://127.0.0.1:${port}${path.resolve(fsPath)}`;
}

/**
 * Workbench URL that opens `folder` (or an empty window) with a developer payload: pairs such as
 * ['extensionDevelopmentPath', uri], ['extensionTestsPath', uri], ['openFile', uri].
 */
export function workbenchUrl(origin, folder, payload = []) {
  const query = new URLSearchParams();
  if (folder) query.set('folder', path.resolve(folder));
  else query.set('ew', 'true');
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query}`;
}
