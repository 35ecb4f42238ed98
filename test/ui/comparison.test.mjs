// Compare Sources and Who Quotes Whom as a reader sees them, through Playwright, with a sources
// file naming two outlets: 000 as in the example, 004 as its own credit line gives it.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, openFile } from '../harness/workbench.mjs';

const SOURCES = `version: 1
documents:
  000_5d6a19f74c9d148c.txt: { outlet: Agence France-Presse, date: 2023-06-19 }
  004_d77348ef46519359.txt: { outlet: APA, date: 2023-06-19 }
`;

/** The document inside a webview panel (VS Code nests it in two frames). */
function webview(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

suite('Compare Sources and Who Quotes Whom (Playwright)', function () {
  this.timeout(180_000);
  let wb;
  let page;

  suiteSetup(async () => {
    wb = await openWorkbench({ settings: { '[plaintext]': { 'editor.wordWrap': 'on' }, 'workbench.colorTheme': 'Default Dark Modern' } });
    page = wb.page;
    writeFileSync(join(wb.workspace, 'marginalia.sources.yaml'), SOURCES);
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('the CodeLens opens every outlet\'s version of the statement with its speaker and differing words', async () => {
    await openFile(page, '000_5d6a19f74c9d148c.txt');
    // The lens line of Matthew Miller's statement, which four outlets report.
    const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: 'Matthew Miller' }).locator('a', { hasText: 'Compare sources' }).first();
    // The first analysis of the workspace can take a while on a loaded machine.
    await lens.waitFor({ timeout: 120_000 });
    await lens.click();
    const versions = webview(page).locator('li.version');
    await versions.first().waitFor({ timeout: 30_000 });
    assert.equal(await versions.count(), 4);
    const text = await webview(page).locator('ol.versions').innerText();
    assert.match(text, /APA\s+2023-06-19/);
    assert.match(text, /Both sides/);
    assert.match(text, /Matthew Miller/);
    // Keyboard: move to the APA version and make it the base; its own words are then unmarked.
    const apa = versions.filter({ hasText: 'APA' });
    await apa.focus();
    await apa.press('b');
    assert.equal(await apa.locator('mark:visible').count(), 0);
    assert.ok((await webview(page).locator('li.version:not(.base) mark:visible').count()) > 0);
    await page.mouse.move(5, 500);
    await wb.screenshot('compare-sources');
  });

  test('Who Quotes Whom lists speakers by outlet, and the heat map shades each cell', async () => {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Marginalia: Show Who Quotes Whom as a Heat Map');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Heat Map' }).first().waitFor();
    await page.keyboard.press('Enter');
    const cells = webview(page).locator('button.cell');
    await cells.first().waitFor({ timeout: 30_000 });
    const headers = await webview(page).locator('th[scope="col"]').allInnerTexts();
    assert.ok(headers.includes('APA') && headers.includes('Agence France-Presse'), headers.join(' | '));
    await page.locator('.activitybar .action-item a[aria-label^="Marginalia"]').click();
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Who Quotes Whom' }) });
    const header = pane.locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const qin = pane.locator('.monaco-list-row', { hasText: 'Qin Gang' }).first();
    await qin.waitFor({ timeout: 30_000 });
    await qin.click();
    await pane.locator('.monaco-list-row', { hasText: 'Agence France-Presse' }).first().waitFor();
    await page.mouse.move(900, 900);
    await wb.screenshot('who-quotes-whom');
  });
});
