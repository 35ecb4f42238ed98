import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../../src/core/analysis/corpus';

const SHARED = join(__dirname, '..', '..', '..', '..', 'shared');
const POLNEAR = join(SHARED, 'corpora', 'polnear-train');
const SCORER = join(SHARED, 'eval', 'score-links.mjs');

/** Runs the analysis over the shared PolNeAR articles and returns the link scorer's figures. */
function scoreLinks(): Record<string, number> {
  const corpus = new Corpus();
  const folder = join(POLNEAR, 'articles');
  for (const f of readdirSync(folder).sort()) corpus.setDocument(f, readFileSync(join(folder, f), 'utf8'));
  const file = join(mkdtempSync(join(tmpdir(), 'marginalia-links-')), 'analysis.json');
  writeFileSync(file, JSON.stringify(corpus.analysis()));
  const out = execFileSync(process.execPath, [SCORER, join(POLNEAR, 'links.jsonl'), file], { encoding: 'utf8' });
  const line = [...out.trim().split('\n')].reverse().find((l: string) => l.startsWith('score:')) ?? '';
  return Object.fromEntries(line.slice(6).trim().split(/\s+/).map((kv: string) => kv.split('=')).map(([k, v]: string[]) => [k, Number(v)]));
}

suite('links on the shared PolNeAR pairs', () => {
  test('precision, recall and partial-quotation recall stay above their floors', function () {
    if (!existsSync(SCORER) || !existsSync(POLNEAR)) {
      console.log(`      (skipped: no shared development set at ${SHARED})`);
      this.skip();
    }
    this.timeout(180000);
    const s = scoreLinks();
    assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
    assert.ok(s.recall >= 0.75, `recall ${s.recall}`);
    assert.ok(s.recall_partial >= 0.65, `partial recall ${s.recall_partial}`);
    assert.ok(s.recall_verbatim >= 0.9, `verbatim recall ${s.recall_verbatim}`);
  });
});
