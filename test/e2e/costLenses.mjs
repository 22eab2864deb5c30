// Reading the cost lenses and the comparison hover from the VS Code workbench page.

/** Lens texts that are resolved cost lenses (a price or a reason), or [] after `timeoutMs`. */
export async function waitForCostLenses(page, timeoutMs = 90_000) {
  const lenses = page.locator('.monaco-editor .codelens-decoration');
  const deadline = Date.now() + timeoutMs;
  let texts = [];
  while (Date.now() < deadline) {
    texts = (await lenses.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    if (texts.length && texts.every((t) => /\/call|not in the price catalog|not priced|model not stated|custom endpoint/.test(t))) return texts;
    await page.waitForTimeout(500);
  }
  return texts;
}

/**
 * Moves the mouse over the first call under a cost lens (the last token of the line below the lens
 * is the callee's `create(`) and returns the hover's text, or null when no cost hover shows.
 */
export async function hoverText(page, timeoutMs = 30_000) {
  const callee = page.locator('.monaco-editor .view-line span span', { hasText: /^create$/ }).first();
  const hover = page.locator('.monaco-hover', { hasText: 'Per call' });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await callee.hover({ timeout: 5_000 });
      await hover.first().waitFor({ state: 'visible', timeout: 5_000 });
      return (await hover.first().innerText()).trim();
    } catch {
      await page.mouse.move(5, 5);
      await page.waitForTimeout(500);
    }
  }
  return null;
}

/**
 * Expands the "LLM Calls" view in the Explorer (which scans the workspace the first time it shows)
 * and returns the texts of its rows once the totals row is there, or [] after `timeoutMs`.
 */
export async function openCallsView(page, timeoutMs = 60_000) {
  const header = page.locator('.pane-header', { hasText: 'LLM Calls' });
  await header.waitFor({ state: 'visible', timeout: timeoutMs });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const pane = page.locator('.pane', { has: header });
  const totals = pane.locator('.monaco-list-row', { hasText: 'Total' });
  try {
    await totals.first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    return [];
  }
  return (await pane.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Runs a command from the Command Palette by its title, as a user would. */
export async function runFromPalette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Text of the Markdown preview's rendered body (inside the webview's frames), or null after `timeoutMs`. */
export async function markdownPreviewText(page, needle, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const body = await frame.locator('body.vscode-body').innerText({ timeout: 500 }).catch(() => null);
      if (body && body.includes(needle)) return body;
    }
    await page.waitForTimeout(500);
  }
  return null;
}
