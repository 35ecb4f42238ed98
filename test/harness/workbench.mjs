// Opens the seeds in the VS Code web workbench with the extension loaded from source, for the
// Playwright UI tests: what a person would see, clicked and photographed.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, installTools, startCodeServer } from './codeServer.mjs';
import { launchBrowser } from './browser.mjs';
import { copySeeds } from './seedsCopy.mjs';

export const SCREENSHOTS = join(PROJECT, 'test-results', 'screenshots');

/**
 * Starts code-server and Chromium on a fresh copy of seeds/ (with `install`ed .vsix files, and whatever
 * `prepare(folder)` adds to the copy first); resolves once the workbench shows.
 */
export async function openWorkbench({ settings = {}, install = [], prepare } = {}) {
  const codeServer = installTools();
  const workspace = copySeeds();
  prepare?.(workspace);
  // As Open Sample Articles does, the samples' codebook marks the folder as articles, so
  // Marginalia starts on its own there, as it does for a user.
  copyFileSync(join(PROJECT, 'media', 'samples', 'marginalia.codebook.yaml'), join(workspace, 'marginalia.codebook.yaml'));
  const server = await startCodeServer({ codeServer, folder: workspace, settings, install });
  const browser = await launchBrowser();
  const { page } = browser;
  const close = async () => {
    await browser.close();
    server.stop();
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  };
  try {
    // With a .vsix installed, the workbench runs that; otherwise the extension loads from source.
    const development = install.length ? [] : [['extensionDevelopmentPath', server.remote(PROJECT)]];
    await page.goto(server.url([...development, ['skipWelcome', 'true']]));
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  } catch (err) {
    // A suite whose setup failed never reaches its teardown: stop the server and browser here.
    await close();
    throw err;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    workspace,
    /** Saves a screenshot of the whole workbench under test-results/screenshots. */
    screenshot: (name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) }),
    close,
  };
}

/** Opens a workspace file through Quick Open, as a person would. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label^="${name}"]`).first().waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/**
 * Expands a tree row until the row `child` names shows under it. A view that is still filling in may
 * redraw the row between reading its state and the click, and the click then lands on a row that
 * is gone, so the row's state is read again after each redraw until the child appears.
 */
export async function expandUntil(pane, rowText, childText, timeout = 60_000) {
  const row = pane.locator('.monaco-list-row', { hasText: rowText }).first();
  const child = pane.locator('.monaco-list-row', { hasText: childText }).first();
  const deadline = Date.now() + timeout;
  await row.waitFor({ timeout });
  while (!(await child.isVisible())) {
    if (Date.now() > deadline) throw new Error(`"${childText}" never showed under "${rowText}"`);
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await child.waitFor({ timeout: 2_000 }).catch(() => {});
  }
  return child;
}

/** Runs a command by its title through the command palette; retried while the extension still loads. */
export async function runCommand(page, title) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    const found = await row.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (found) return page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    if (attempt === 3) throw new Error(`the command palette has no "${title}"`);
  }
}
