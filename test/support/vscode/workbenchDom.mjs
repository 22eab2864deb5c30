// Reading the VS Code web workbench's DOM from Playwright: what a user actually sees.

/** Waits until an editor shows text, i.e. the workbench finished opening the file. */
export async function waitForEditor(page, timeoutMs = 60_000) {
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/**
 * Text of a status bar item contributed by an extension (`<extensionId>.<itemId>`), or null if
 * it does not show within `timeoutMs`.
 */
export async function readStatusBarItem(page, entryId, timeoutMs = 30_000) {
  const item = page.locator(`.statusbar-item[id="${entryId}"]`);
  try {
    await item.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    return null;
  }
  return (await item.innerText()).trim();
}

/** Texts of the CodeLens lines rendered in visible editors; waits up to `timeoutMs` for the first. */
export async function readCodeLenses(page, timeoutMs = 10_000) {
  const lenses = page.locator('.monaco-editor .codelens-decoration');
  try {
    await lenses.first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    return [];
  }
  return (await lenses.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

/**
 * Text of the first notification containing `needle`, or null after `timeoutMs`. With the smoke-test
 * driver on (needed for extensionDevelopmentPath in the URL payload) the workbench shows no toasts,
 * so this also opens the notification center from the status bar bell, where the user finds it too.
 */
export async function waitForNotification(page, needle, timeoutMs = 20_000) {
  const toast = page.locator('.notifications-toasts .notification-list-item-message', { hasText: needle });
  const center = page.locator('.notifications-center');
  const listed = center.locator('.notification-list-item-message', { hasText: needle });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await toast.count()) return (await toast.first().innerText()).trim();
    if (!(await center.isVisible())) await page.locator('.statusbar-item[id="status.notifications"]').click();
    if (await listed.count()) return (await listed.first().innerText()).trim();
    await page.waitForTimeout(250);
  }
  return null;
}
