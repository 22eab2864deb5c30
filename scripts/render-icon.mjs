#!/usr/bin/env node
// Renders the marketplace icon (media/icon.png, 256×256) from the SVG below with the headless
// Chromium of the test runtime (scripts/install-vscode-runtime.sh). Run again after editing the SVG.
import path from 'node:path';
import { launchChromium } from '../test/support/vscode/chromium.mjs';
import { REPO_ROOT } from '../test/support/vscode/runtimePaths.mjs';

const SIZE = 256;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="24" fill="#14202b"/>
  <circle cx="56" cy="56" r="32" fill="#1f3347" stroke="#4fc1ff" stroke-width="8"/>
  <line x1="80" y1="80" x2="108" y2="108" stroke="#4fc1ff" stroke-width="12" stroke-linecap="round"/>
  <text x="56" y="70" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="40" text-anchor="middle" fill="#ffd166">$</text>
  <polyline points="18,104 34,104 42,92 50,112 58,100 66,104" fill="none" stroke="#ffd166" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>
</svg>`;

const browser = await launchChromium({ width: SIZE, height: SIZE });
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const out = path.join(REPO_ROOT, 'media', 'icon.png');
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(out);
} finally {
  await browser.close();
}
