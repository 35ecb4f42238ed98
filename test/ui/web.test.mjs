// Marginalia as a web extension, as vscode.dev and github.dev would run it: in the browser's web
// worker extension host (see test/harness/runWeb.mjs for why a setting puts it there), with the
// engine in a Web Worker. A reader's view of it, photographed; that it is the web worker host is
// asserted by the web integration suite (npm run test:web), which runs inside it.
import * as assert from 'node:assert/strict';
import { expandUntil, openWorkbench, openFile } from '../harness/workbench.mjs';

suite('In the browser extension host (Playwright)', function () {
  this.timeout(180_000);
  let wb;
  let page;

  suiteSetup(async () => {
    wb = await openWorkbench({
      settings: { 'remote.extensionKind': { 'marginalia.marginalia': ['web'] }, '[plaintext]': { 'editor.wordWrap': 'on' } },
    });
    page = wb.page;
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('the entities and a quotation hover work, the engine running in a Web Worker', async () => {
    await page.locator('.activitybar .action-item a[aria-label^="Marginalia"]').click();
    await page.mouse.move(900, 700);
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Entities' }) });
    await expandUntil(pane, 'People', 'Antony Blinken');
    await openFile(page, '000_5d6a19f74c9d148c.txt');
    // The CodeLens says the article's analysis is in and its lines have taken their place: a hover
    // made before it would point at a line the CodeLens then moves down.
    await page.locator('.monaco-editor .codelens-decoration', { hasText: 'Matthew Miller' }).first().waitFor({ timeout: 60_000 });
    const words = page.locator('.monaco-editor .view-line span span', { hasText: 'substantial and constructive' }).first();
    await words.hover();
    const hover = page.locator('.monaco-hover-content', { hasText: 'Matthew Miller' }).first();
    await hover.waitFor({ timeout: 30_000 });
    await wb.screenshot('web-quotation-hover');
  });
});
