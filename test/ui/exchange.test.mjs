// Exporting as a person would: Export Annotations... from the palette, a format from the picker,
// the file name the save dialog offers; then the notification says what was written.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { openWorkbench, runCommand } from '../harness/workbench.mjs';

suite('Exporting annotations (Playwright)', function () {
  this.timeout(180_000);
  let wb;

  suiteSetup(async () => {
    wb = await openWorkbench();
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('Export Annotations... offers the formats, saves where the dialog says, and reports what it wrote', async () => {
    const { page } = wb;
    await runCommand(page, 'Marginalia: Export Annotations...');
    const csv = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Spreadsheet with quotations (.csv)' }).first();
    await csv.waitFor();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'REFI-QDA project (.qdpx)' }).first().waitFor();
    await wb.screenshot('export-formats');
    await csv.click();
    // The web workbench's save dialog is a path in a quick input; it offers <folder>.csv beside the folder.
    const input = page.locator('.quick-input-widget input');
    await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value.endsWith('.csv'));
    const offered = await input.inputValue();
    assert.ok(offered.endsWith(`${basename(wb.workspace)}.csv`), offered);
    await page.keyboard.press('Enter');
    const done = page.locator('.notification-toast', { hasText: `quotation(s) to ${basename(wb.workspace)}.csv.` }).first();
    await done.waitFor({ timeout: 60_000 });
    await wb.screenshot('export-done');
    const file = join(wb.workspace, '..', `${basename(wb.workspace)}.csv`);
    assert.ok(existsSync(file), `${file} was written`);
    const rows = readFileSync(file, 'utf8').split('\r\n');
    assert.equal(rows[0], '\ufeffrow,document,outlet,start,end,text,tags,note,created,modified,speaker,kind,cluster');
    assert.ok(rows.some((r) => r.startsWith('quotation,000_')), 'quotations have rows');
  });
});
