// UI smoke test through Playwright: the workbench as a person sees it, with screenshots.
import * as assert from 'node:assert/strict';
import { openWorkbench, openFile } from '../harness/workbench.mjs';

suite('Workbench (Playwright)', function () {
  this.timeout(180_000);
  let wb;

  suiteSetup(async () => {
    wb = await openWorkbench();
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('the activity bar has the Marginalia container and it shows its four views', async () => {
    const icon = wb.page.locator('.activitybar .action-item a[aria-label^="Marginalia"]');
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    const headers = wb.page.locator('.sidebar .pane-header h3.title');
    await headers.first().waitFor();
    const titles = (await headers.allInnerTexts()).map((t) => t.trim().toLowerCase());
    for (const view of ['entities', 'topics', 'quotations', 'tags']) {
      assert.ok(titles.includes(view), `the ${view} view is shown (saw ${titles.join(', ')})`);
    }
  });

  test('a seed article opens beside the Marginalia views', async () => {
    await openFile(wb.page, '000_5d6a19f74c9d148c.txt');
    // Monaco renders spaces as no-break spaces.
    const text = (await wb.page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Secretary of State Antony Blinken/);
    await wb.screenshot('workbench-marginalia');
  });
});
