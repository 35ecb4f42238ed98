// The packaged extension as a user installs it: the .vsix from `npm run package`, installed with
// code-server's --install-extension, and its page in the Extensions view with its icon and README.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT } from '../harness/codeServer.mjs';
import { openWorkbench } from '../harness/workbench.mjs';

suite('The installed .vsix on its extension page (Playwright)', function () {
  this.timeout(300_000);
  let wb;
  let page;

  suiteSetup(async () => {
    execFileSync('npm', ['run', 'package'], { cwd: PROJECT, stdio: 'ignore' });
    wb = await openWorkbench({ install: [join(PROJECT, 'marginalia.vsix')] });
    page = wb.page;
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('the page shows the 128×128 icon and the README', async () => {
    await page.keyboard.press('Control+Shift+X');
    // The search box is a small editor of its own; focusing its text area is what clicking it does.
    const search = page.locator('.extensions-viewlet .suggest-input-container textarea').first();
    await search.waitFor({ state: 'attached', timeout: 60_000 });
    await search.focus();
    await page.keyboard.type('@installed Marginalia');
    const entry = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Marginalia' }).first();
    await entry.waitFor({ timeout: 60_000 });
    await entry.click();
    const header = page.locator('.extension-editor .header');
    await header.waitFor({ timeout: 30_000 });
    // The icon is the packaged PNG, loaded: a broken image has no natural width.
    const icon = header.locator('img.icon');
    await icon.waitFor();
    assert.match((await icon.getAttribute('src')) ?? '', /icon\.png/);
    await page.waitForFunction(() => {
      const img = document.querySelector('.extension-editor .header img.icon');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth === 128;
    }, undefined, { timeout: 30_000 });
    // The README is shown in a webview, opening with what Marginalia does. Its pictures are there as
    // relative references to files the .vsix ships; VS Code 1.100's web workbench resolves them
    // against its webview's own folder rather than the installed extension, so they do not load
    // here (the README section "Install" says so); the icon, served by the workbench, does.
    const readme = page.frameLocator('.webview.ready').frameLocator('#active-frame');
    await readme.locator('p', { hasText: 'Marginalia is a VS Code extension' }).first().waitFor({ timeout: 60_000 });
    const sources = await readme.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')));
    assert.deepEqual(sources.filter((src) => !/^media\/readme\/[\w-]+\.png$/.test(src ?? '')), []);
    assert.ok(sources.length >= 4, sources.join());
    await page.mouse.move(1300, 850);
    await wb.screenshot('extension-page');
  });
});
