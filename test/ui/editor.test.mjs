// What a reader sees on the sample articles, through Playwright: the Entities tree, a quotation's
// CodeLens and hover, and the peek of the other sources. Screenshots go to test-results/screenshots.
import * as assert from 'node:assert/strict';
import { expandUntil, openWorkbench, openFile } from '../harness/workbench.mjs';

const ARTICLE = '000_5d6a19f74c9d148c.txt';

suite('Reading the seeds (Playwright)', function () {
  this.timeout(180_000);
  let wb;
  let page;

  suiteSetup(async () => {
    wb = await openWorkbench({ settings: { '[plaintext]': { 'editor.wordWrap': 'on' } } });
    page = wb.page;
    await page.locator('.activitybar .action-item a[aria-label^="Marginalia"]').click();
    // Away from the activity bar, so its tooltip does not cover the views in the screenshots.
    await page.mouse.move(900, 700);
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('the Entities view lists people with their mention counts', async () => {
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Entities' }) });
    const blinken = await expandUntil(pane, 'People', 'Antony Blinken');
    assert.match(await blinken.innerText(), /mentions in 5 documents/);
    await page.locator('.monaco-hover, .workbench-hover').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    await wb.screenshot('entities-tree');
  });

  test('a CodeLens above a quotation names its speaker and the other sources', async () => {
    await openFile(page, ARTICLE);
    const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: 'Matthew Miller' }).first();
    await lens.waitFor({ timeout: 30_000 });
    assert.match(await lens.innerText(), /Matthew Miller.*other source/s);
    await lens.scrollIntoViewIfNeeded();
    await wb.screenshot('codelens');
  });

  test('hovering a quotation shows its speaker and how the other sources worded it', async () => {
    const words = page.locator('.monaco-editor .view-line span span', { hasText: 'substantial and constructive' }).first();
    await words.hover();
    const hover = page.locator('.monaco-hover-content', { hasText: 'Matthew Miller' }).first();
    await hover.waitFor({ timeout: 15_000 });
    const text = await hover.innerText();
    assert.match(text, /candid|deep/, 'the paraphrases from other outlets are listed');
    await wb.screenshot('quotation-hover');
  });

  test('the CodeLens opens a peek of the related quotations in the other documents', async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(900, 850);
    await page.locator('.monaco-editor .codelens-decoration', { hasText: 'Matthew Miller' }).locator('a', { hasText: 'other source' }).first().click();
    const peek = page.locator('.peekview-widget').first();
    await peek.waitFor({ timeout: 15_000 });
    const titles = await peek.locator('.monaco-list-row').allInnerTexts();
    assert.ok(titles.some((t) => /00[1-4]_/.test(t)), `the peek lists other articles (saw ${titles.join(' | ')})`);
    await wb.screenshot('related-peek');
  });
});
