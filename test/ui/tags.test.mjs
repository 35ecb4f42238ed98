// Tagging a passage as a person would: select it, run Tag Selection... from the command palette,
// type a new tag; then the passage is coloured and the Tags view lists the tag.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, openFile, runCommand } from '../harness/workbench.mjs';

const ARTICLE = '001_4293ae543e2299dc.txt';
const PHRASE = 'a backdrop of tensions between the two powers';

suite('Tagging a passage (Playwright)', function () {
  this.timeout(180_000);
  let wb;

  suiteSetup(async () => {
    // Articles are long lines of prose; wrapped, the whole tagged passage is in the picture.
    wb = await openWorkbench({ settings: { 'editor.wordWrap': 'on' } });
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('Tag Selection... from the palette colours the passage, lists the tag and writes the sidecar', async () => {
    const { page } = wb;
    await openFile(page, ARTICLE);
    // The find widget selects the match it finds, which is how a keyboard user selects a phrase.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type(PHRASE);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await runCommand(page, 'Marginalia: Tag Selection...');
    const input = page.locator('.quick-input-widget input');
    await input.fill('tone/hopeful');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Create tag' }).first().waitFor();
    await page.keyboard.press('Enter');

    const sidecar = join(wb.workspace, `${ARTICLE}.annotations.yaml`);
    for (let i = 0; i < 100 && !existsSync(sidecar); i++) await page.waitForTimeout(100);
    assert.match(readFileSync(sidecar, 'utf8'), /tone\/hopeful[\s\S]*exact: a backdrop of tensions between the two powers/);

    await page.locator('.monaco-editor .codelens-decoration', { hasText: 'tone/hopeful' }).first().waitFor();

    await runCommand(page, 'Marginalia: Focus on Tags View');
    const tone = page.locator('.pane-body .monaco-list-row', { hasText: 'tone' }).first();
    await tone.waitFor();
    await tone.click();
    await page.locator('.pane-body .monaco-list-row', { hasText: 'hopeful' }).first().click();
    await page.locator('.pane-body .monaco-list-row', { hasText: PHRASE }).first().waitFor();
    // The other views belong to the analysis; folded, they leave the Tags view room in the picture.
    for (const title of ['Entities', 'Topics', 'Quotations']) {
      const header = page.locator('.pane-header[aria-expanded="true"]', { hasText: title });
      if (await header.count()) await header.first().click();
    }
    // Move the cursor away so the colour, not the selection, shows in the picture.
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+Home');
    const coloured = await page.locator('.monaco-editor .view-overlays [class*="ced-"]').count();
    assert.ok(coloured > 0, 'the tagged passage carries a decoration');
    await page.locator('.monaco-editor .codelens-decoration', { hasText: 'tone/hopeful' }).first().waitFor();
    await wb.screenshot('tagged-passage');
  });

  test('hovering the tagged passage shows its tags with links to Marginalia commands', async () => {
    const { page } = wb;
    const word = page.locator('.monaco-editor .view-line span span', { hasText: 'backdrop' }).first();
    const box = await word.boundingBox();
    // The span holding "backdrop" ends inside the tagged passage, so a point near its end is on it.
    const x = box.x + box.width - 30;
    await page.mouse.move(x - 5, box.y + box.height / 2);
    await page.mouse.move(x, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover-content', { hasText: 'tone/hopeful' }).first();
    await hover.waitFor();
    const text = await hover.innerText();
    assert.match(text, /Tags…/);
    assert.match(text, /Add Note…/);
    await wb.screenshot('tag-hover');
  });

  test('Ctrl+Z in the article takes back the tag, the newest change, and the sidecar goes with it', async () => {
    const { page } = wb;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+Z');
    await page.locator('.monaco-editor .codelens-decoration', { hasText: 'tone/hopeful' }).first().waitFor({ state: 'detached' });
    const sidecar = join(wb.workspace, `${ARTICLE}.annotations.yaml`);
    for (let i = 0; i < 100 && existsSync(sidecar) && /tone\/hopeful/.test(readFileSync(sidecar, 'utf8')); i++) await page.waitForTimeout(100);
    assert.ok(!existsSync(sidecar) || !/tone\/hopeful/.test(readFileSync(sidecar, 'utf8')), 'the tag left the sidecar');
    const text = await page.locator('.monaco-editor .view-lines').first().innerText();
    assert.ok(text.replace(/\s+/g, ' ').includes(PHRASE), 'the article text is untouched');
  });
});
