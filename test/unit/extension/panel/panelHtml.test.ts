import assert from 'node:assert/strict';
import { createNonce } from '../../../../src/extension/panel/createNonce';
import { panelCsp, panelHtml } from '../../../../src/extension/panel/panelHtml';

describe('extension/panel/panelHtml', () => {
  const input = { cspSource: 'https://ext.vscode-cdn.net', scriptUri: 'https://ext.vscode-cdn.net/dist/webview.js', styleUri: 'https://ext.vscode-cdn.net/media/panel.css', nonce: 'abc123+/=' };

  it('sets the strict CSP: nonce scripts, styles and fonts from the extension, no network', () => {
    assert.equal(panelCsp(input.cspSource, input.nonce),
      "default-src 'none'; script-src 'nonce-abc123+/='; style-src https://ext.vscode-cdn.net; font-src https://ext.vscode-cdn.net; img-src https://ext.vscode-cdn.net data:");
    const html = panelHtml(input);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${panelCsp(input.cspSource, input.nonce)}">`));
    assert.ok(!/connect-src|unsafe-inline|unsafe-eval/.test(html));
  });

  it('loads exactly one script, carrying the nonce, and no inline code or styles', () => {
    const html = panelHtml(input);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="abc123+/=" src="${input.scriptUri}">`]);
    assert.ok(html.includes('</script>'));
    assert.ok(!/<style|\sstyle="|\son[a-z]+="/.test(html));
    assert.ok(html.includes(`<link rel="stylesheet" href="${input.styleUri}">`));
  });

  it('escapes attribute values', () => {
    const html = panelHtml({ ...input, scriptUri: 'x"><img src=y>' });
    assert.ok(html.includes('src="x&quot;>&lt;img src=y>"'));
  });

  it('makes 128-bit nonces from the OS generator, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    assert.equal(nonces.size, 100);
    for (const n of nonces) assert.equal(Buffer.from(n, 'base64').length, 16);
  });
});
