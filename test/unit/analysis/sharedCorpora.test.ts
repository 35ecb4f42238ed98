import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Corpus } from '../../../src/core/analysis/corpus';
import type { CorpusAnalysis } from '../../../src/core/analysis/model';

// The shared development sets sit beside the project; without them these checks are skipped.
const SHARED = resolve(__dirname, '..', '..', '..', '..', 'shared');
const GUM = join(SHARED, 'corpora', 'gum-entities');
const POLNEAR = join(SHARED, 'corpora', 'polnear-train', 'articles');

function analyseFolder(folder: string): CorpusAnalysis {
  const corpus = new Corpus();
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) corpus.setDocument(name, readFileSync(join(folder, name), 'utf8'));
  return corpus.analysis();
}

const US_STATES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
  Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
  Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming`.split(/\s+/)
  .concat(['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia']);

suite('entities on the shared development sets (skipped without ../shared)', function () {
  this.timeout(300_000);

  test('GUM: typed F1, junk and alias merging hold their floors', function () {
    if (!existsSync(join(GUM, 'gold')) || !existsSync(join(SHARED, 'eval', 'score-entities.mjs'))) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-gum-'));
    try {
      const file = join(dir, 'gum.json');
      writeFileSync(file, JSON.stringify(analyseFolder(join(GUM, 'articles'))));
      const out = execFileSync(process.execPath, [join(SHARED, 'eval', 'score-entities.mjs'), GUM, file, '--examples=0'], { encoding: 'utf8' });
      const line = out.trim().split('\n').filter((l: string) => l.startsWith('score:')).pop() ?? '';
      const score: Record<string, number> = Object.fromEntries(line.slice(6).trim().split(/\s+/).map((kv: string) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
      // A little under what the engine reaches today (0.862, 0.063, 0.72): a drop below is a regression.
      assert.ok(score.typed_f1 >= 0.85, `typed F1 ${score.typed_f1}`);
      assert.ok(score.junk_rate <= 0.075, `junk ${score.junk_rate}`);
      assert.ok(score.alias_merge_rate >= 0.70, `alias merging ${score.alias_merge_rate}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('PolNeAR: every US state is a place, and labels, abbreviations and headline words are no entities', function () {
    if (!existsSync(POLNEAR)) this.skip();
    const a = analyseFolder(POLNEAR);
    const byName = new Map<string, string[]>();
    for (const e of a.entities) byName.set(e.name, [...(byName.get(e.name) ?? []), e.type]);
    const notPlaces = US_STATES.filter((s) => (byName.get(s) ?? []).some((t) => t !== 'place'));
    assert.deepEqual(notPlaces, []);
    const nonNames = ['FULL TEXT', 'Sept.', 'Aug.', 'No.', 'R', 'Given', 'Despite', 'Barack Obama Just Nominated', 'Pence Announces Plans', 'Nevada Democrat'];
    assert.deepEqual(nonNames.filter((n) => byName.has(n)), []);
    for (const org of ['Dallas Mavericks', 'Human Rights Watch', 'Pew Research']) assert.deepEqual(byName.get(org), ['organization'], org);
  });
});
