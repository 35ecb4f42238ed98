// UI test through Playwright: a workspace large enough to be indexed under a notification. The
// notification says how far indexing is, and its Cancel button stops it with the views holding
// the articles read so far, as the status bar then says.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench } from '../harness/workbench.mjs';

// Far over the notification's threshold (200), so that indexing is still under way when the test
// has read the notification and pressed Cancel.
const ARTICLES = 1000;

/** Fills the folder with ARTICLES variants of its seed articles, each a different text (the analysis cache must not spare any). */
function manyArticles(folder) {
  const seeds = readdirSync(folder).filter((f) => f.endsWith('.txt'));
  for (let k = seeds.length; k < ARTICLES; k++) {
    const seed = seeds[k % seeds.length];
    writeFileSync(join(folder, `copy${k}_${seed}`), `${readFileSync(join(folder, seed), 'utf8')}\nCopy number ${k}.\n`);
  }
}

suite('Indexing a large workspace (Playwright)', function () {
  this.timeout(600_000);
  let wb;

  suiteSetup(async () => {
    wb = await openWorkbench({ prepare: manyArticles });
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  test('the indexing notification says how far it is, and cancelling it leaves the views with the articles read so far', async () => {
    const { page } = wb;
    const toast = page.locator('.notification-toast', { hasText: `indexing ${ARTICLES} articles` });
    await toast.waitFor({ timeout: 300_000 });
    const howFar = toast.locator('.notification-list-item-message', { hasText: ` of ${ARTICLES} indexed` });
    await howFar.waitFor({ timeout: 300_000 });
    const [, indexed] = / (\d+) of \d+ indexed/.exec(await howFar.innerText()) ?? [];
    assert.ok(Number(indexed) > 0 && Number(indexed) < ARTICLES, `the notification counts the articles indexed (${indexed})`);
    await wb.screenshot('indexing-notification');
    await toast.getByRole('button', { name: 'Cancel' }).click();

    const stopped = page.locator('.notification-toast', { hasText: 'stopped indexing after' });
    await stopped.waitFor({ timeout: 300_000 });
    const [, read] = /after (\d+) of (\d+) articles/.exec(await stopped.innerText()) ?? [];
    assert.ok(Number(read) >= Number(indexed) && Number(read) < ARTICLES, `indexing stopped part way (${read} of ${ARTICLES} read)`);
    // The status bar counts the analysis the views show: exactly the articles read.
    await page.locator('.statusbar-item', { hasText: `${read} of ${ARTICLES} articles` }).waitFor({ timeout: 300_000 });

    await page.locator('.activitybar .action-item a[aria-label^="Marginalia"]').click();
    const entities = page.locator('.pane', { has: page.locator('.pane-header h3.title', { hasText: /^entities$/i }) });
    await entities.locator('.monaco-list-row').first().waitFor({ timeout: 120_000 });
    await wb.screenshot('indexing-cancelled');
  });
});
