/**
 * The prompt panel's HTML: a strict Content-Security-Policy (no inline code, no network: the only
 * script is the bundled one carrying this load's nonce), the stylesheet and an empty root.
 */

/** Where the page's resources are, as webview URIs, and this load's nonce. */
export interface PanelHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** From crypto.randomBytes, fresh for every load. */
  readonly nonce: string;
}

/** The CSP: no `connect-src`, so the page cannot reach any server; keys stay in the host. */
export function panelCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

/** The page. */
export function panelHtml(input: PanelHtmlInput): string {
  const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(panelCsp(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(input.styleUri)}">
<title>LLM Cost: Prompt Runner</title>
</head>
<body>
<main id="app"></main>
<noscript>The prompt runner needs scripts enabled in webviews.</noscript>
<script nonce="${attr(input.nonce)}" src="${attr(input.scriptUri)}"></script>
</body>
</html>
`;
}
