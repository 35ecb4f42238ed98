import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const SHARED = join(ROOT, '..', 'shared');
const POLNEAR = join(SHARED, 'corpora', 'polnear-train');
const SCORER = join(SHARED, 'eval', 'score-attribution.mjs');

/** Floors a little under what the engine reaches on the PolNeAR development set, so a regression fails. */
const FLOORS = { named_acc: 0.9, named_none: 0.04, quote_f1: 0.965 };

suite('speakers on the PolNeAR development set (reads ../shared)', function () {
  this.timeout(300_000);

  test(`right speaker >= ${FLOORS.named_acc}, no speaker <= ${FLOORS.named_none}, quotation F1 >= ${FLOORS.quote_f1}`, function () {
    if (!existsSync(POLNEAR) || !existsSync(SCORER)) {
      console.log(`    skipped: no development set at ${POLNEAR} (the shared folder sits beside the project on the team's machines)`);
      this.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-floors-'));
    try {
      const json = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', join(POLNEAR, 'articles'), '--json'], { maxBuffer: 1 << 30 });
      writeFileSync(join(dir, 'analysis.json'), json);
      const out = execFileSync(process.execPath, [SCORER, join(POLNEAR, 'gold'), join(dir, 'analysis.json'), '--json'], { encoding: 'utf8' });
      const score = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, number>;
      assert.ok(score.named_acc >= FLOORS.named_acc, `right speaker ${score.named_acc} fell under ${FLOORS.named_acc}`);
      assert.ok(score.named_none <= FLOORS.named_none, `no speaker ${score.named_none} rose over ${FLOORS.named_none}`);
      assert.ok(score.quote_f1 >= FLOORS.quote_f1, `quotation F1 ${score.quote_f1} fell under ${FLOORS.quote_f1}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
