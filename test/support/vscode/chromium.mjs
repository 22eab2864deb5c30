// Debian's Chromium, headless, through playwright-core, with a throw-away profile.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './runtimePaths.mjs';
import { makeScratchDir, removeScratchDir } from './scratchDir.mjs';

/**
 * Launches headless Chromium. `close()` also removes its profile.
 * @param {{ width?: number, height?: number }} [viewport]
 */
export async function launchChromium(viewport = {}) {
  const profile = makeScratchDir('chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: viewport.width ?? 1400, height: viewport.height ?? 900 },
    // Crashpad and dconf write below XDG dirs; keep them in the profile, not in $HOME.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close().catch(() => {});
    removeScratchDir(profile);
  };
  return context;
}
