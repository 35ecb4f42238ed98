import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusAnalysis } from '../../src/core/analysis/model';
import { readFactsEntry, writeFactsEntry } from '../../src/core/cache/factsEntry';
import { readCorpusEntry, writeCorpusEntry } from '../../src/core/cache/corpusEntry';

const ROOT = join(__dirname, '..', '..');
const BBC = join(ROOT, '..', 'shared', 'corpora', 'bbc');

function analyze(...args: string[]): { out: string; err: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', ...args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  return { out: r.stdout, err: r.stderr };
}

/** Every cache entry file under a cache folder. */
function entries(cache: string): string[] {
  return readdirSync(cache, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.facts'))
    .map((f) => join(cache, f));
}

/** The stored analyses of whole corpora under a cache folder (one per corpus folder). */
function corpusEntries(cache: string): string[] {
  return readdirSync(join(cache, 'corpus')).map((f) => join(cache, 'corpus', f));
}

const CORPUS_REUSED = /corpus-wide steps reused too/;

suite('cli analyze --cache', function () {
  this.timeout(120_000);
  let dir: string;
  let cache: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-cache-'));
    cache = join(dir, '.cache');
    writeFileSync(join(dir, 'a.txt'), 'Anna Berg, the mayor of Oslo, said: "The harbour will reopen next spring after the repairs."\n');
    writeFileSync(join(dir, 'b.txt'), 'The mayor, Anna Berg, said the harbour "will reopen next spring after the repairs".\n');
    writeFileSync(join(dir, 'c.txt'), 'Oslo council met on Monday. "We have the money," said Per Lund, a councillor.\n');
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('a second run reuses every unchanged article and gives the same analysis', () => {
    const first = analyze(dir, '--cache', cache);
    assert.match(first.err, /0 of 3 articles reused, 3 analysed/);
    assert.equal(entries(cache).length, 3);
    assert.doesNotMatch(first.err, CORPUS_REUSED);
    const second = analyze(dir, '--cache', cache);
    assert.match(second.err, /3 of 3 articles reused, 0 analysed; the corpus-wide steps reused too/);
    assert.equal(second.out, first.out);
    assert.equal(second.out, analyze(dir).out);
  });

  test('a changed article is analysed again, the unchanged ones are not', () => {
    analyze(dir, '--cache', cache);
    writeFileSync(join(dir, 'c.txt'), 'Oslo council met on Tuesday. "We have no money," said Per Lund, a councillor.\n');
    const run = analyze(dir, '--cache', cache);
    assert.match(run.err, /2 of 3 articles reused, 1 analysed\.$/m);
    assert.equal(run.out, analyze(dir).out);
    assert.equal(entries(cache).length, 4);
    // The corpus-wide steps ran again over the new text, and their result is what the next run reuses.
    const again = analyze(dir, '--cache', cache);
    assert.match(again.err, CORPUS_REUSED);
    assert.equal(again.out, run.out);
  });

  test('a renamed article, a new one or a changed topic list makes the corpus-wide steps run again', () => {
    analyze(dir, '--cache', cache);
    const changes: [string, () => void][] = [
      [
        'renamed',
        () => {
          writeFileSync(join(dir, 'd.txt'), readFileSync(join(dir, 'c.txt')));
          rmSync(join(dir, 'c.txt'));
        },
      ],
      ['added', () => writeFileSync(join(dir, 'e.txt'), 'Per Lund said on Friday: "The money is there."\n')],
      ['topics', () => writeFileSync(join(dir, 'marginalia.topics.yaml'), 'topics:\n  - name: Harbour works\n    phrases: [harbour]\n')],
    ];
    for (const [what, change] of changes) {
      change();
      const run = analyze(dir, '--cache', cache);
      assert.doesNotMatch(run.err, CORPUS_REUSED, what);
      assert.equal(run.out, analyze(dir).out, what);
      assert.match(analyze(dir, '--cache', cache).err, CORPUS_REUSED, what);
    }
    assert.ok((JSON.parse(analyze(dir).out) as CorpusAnalysis).topics.some((t) => t.name === 'Harbour works'));
  });

  test('what the views show of an unchanged article comes from its cache entry', () => {
    analyze(dir, '--cache', cache);
    // Rewrite c.txt's entry, validly, as if it held no quotation: the run must show none for c.txt.
    let rewritten = 0;
    for (const file of entries(cache)) {
      const [header] = readFileSync(file, 'utf8').split('\n', 1);
      const { engine, text } = JSON.parse(header) as { engine: string; text: string };
      const facts = readFactsEntry(readFileSync(file, 'utf8'), engine, text)!;
      if (facts.quotes.length > 0 && facts.entities.candidates.some((c) => c.words.includes('Lund'))) {
        writeFileSync(file, writeFactsEntry({ ...facts, quotes: [] }, engine, text));
        rewritten++;
      }
    }
    assert.equal(rewritten, 1);
    // Another article changes, so the corpus-wide steps run again over c.txt's entry.
    writeFileSync(join(dir, 'b.txt'), 'The mayor, Anna Berg, said the harbour "will reopen next spring".\n');
    const a = JSON.parse(analyze(dir, '--cache', cache).out) as CorpusAnalysis;
    assert.deepEqual(a.quotes.filter((q) => q.doc === 'c.txt'), []);
    assert.ok(a.quotes.some((q) => q.doc === 'a.txt'));
  });

  test('what an unchanged corpus shows comes from its stored analysis', () => {
    analyze(dir, '--cache', cache);
    // Rewrite the stored analysis, validly, as if c.txt held no quotation: the next run must show none.
    const [file] = corpusEntries(cache);
    const { engine, inputs } = JSON.parse(readFileSync(file, 'utf8').split('\n', 1)[0]) as { engine: string; inputs: string };
    const stored = readCorpusEntry(readFileSync(file, 'utf8'), engine, inputs)!;
    assert.ok(stored.quotes.some((q) => q.doc === 'c.txt'));
    writeFileSync(file, writeCorpusEntry({ ...stored, quotes: stored.quotes.filter((q) => q.doc !== 'c.txt') }, engine, inputs));
    const a = JSON.parse(analyze(dir, '--cache', cache).out) as CorpusAnalysis;
    assert.deepEqual(a.quotes.filter((q) => q.doc === 'c.txt'), []);
    assert.ok(a.quotes.some((q) => q.doc === 'a.txt'));
  });

  test('a corrupt, half-written or foreign stored analysis is ignored and written again', () => {
    const first = analyze(dir, '--cache', cache).out;
    const [file] = corpusEntries(cache);
    const content = readFileSync(file, 'utf8');
    const at = content.indexOf('1', content.indexOf('\n'));
    const header = content.slice(0, content.indexOf('\n'));
    const spoilt = [
      `${content.slice(0, at)}2${content.slice(at + 1)}`,
      content.slice(0, content.length - 10),
      content.replace(header, header.replace(/"engine":"[^"]*"/, '"engine":"another"')),
      content.replace(header, header.replace(/"format":\d+/, '"format":0')),
      '',
    ];
    for (const bad of spoilt) {
      writeFileSync(file, bad);
      const run = analyze(dir, '--cache', cache);
      assert.match(run.err, /3 of 3 articles reused, 0 analysed\.$/m);
      assert.equal(run.out, first);
      assert.equal(readFileSync(file, 'utf8'), content);
    }
  });

  test('a corrupt or half-written entry is ignored and written again', () => {
    const first = analyze(dir, '--cache', cache).out;
    const [damaged, cut] = entries(cache);
    const content = readFileSync(damaged, 'utf8');
    const at = content.indexOf('1', content.indexOf('\n'));
    writeFileSync(damaged, `${content.slice(0, at)}2${content.slice(at + 1)}`);
    writeFileSync(cut, readFileSync(cut, 'utf8').slice(0, 200));
    rmSync(join(cache, 'corpus'), { recursive: true });
    const run = analyze(dir, '--cache', cache);
    assert.match(run.err, /1 of 3 articles reused, 2 analysed/);
    assert.equal(run.out, first);
    assert.match(analyze(dir, '--cache', cache).err, /3 of 3 articles reused/);
  });
});

suite('cli analyze --cache on real news', function () {
  this.timeout(300_000);
  test('runs over an empty and a full cache print exactly what a run without the cache prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-cache-news-'));
    try {
      // The seeds and a few dozen BBC articles: quotations repeated across documents, speakers, linked entities.
      for (const f of readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'))) copyFileSync(join(ROOT, 'seeds', f), join(dir, f));
      for (const f of readdirSync(BBC).filter((f) => f.endsWith('.txt')).slice(0, 40)) copyFileSync(join(BBC, f), join(dir, f));
      const cache = join(dir, '.cache');
      const plain = analyze(dir, '--jobs', '1').out;
      const analysis = JSON.parse(plain) as CorpusAnalysis;
      assert.ok(analysis.quotes.filter((q) => q.speaker).length > 50 && analysis.clusters.length > 0);
      assert.equal(analyze(dir, '--jobs', '1', '--cache', cache).out, plain);
      const second = analyze(dir, '--jobs', '1', '--cache', cache);
      assert.match(second.err, /(\d+) of \1 articles reused, 0 analysed; the corpus-wide steps reused too/);
      assert.equal(second.out, plain);
      // Every article's own entry but no stored corpus: the corpus-wide steps run over cached facts and memoised speakers.
      rmSync(join(cache, 'corpus'), { recursive: true });
      const facts = analyze(dir, '--jobs', '1', '--cache', cache);
      assert.match(facts.err, /(\d+) of \1 articles reused, 0 analysed\.$/m);
      assert.equal(facts.out, plain);
      // One article changed: it alone is analysed, and the result is still exactly an uncached run's.
      const changed = readdirSync(dir).filter((f) => f.startsWith('bbc_')).sort()[5];
      writeFileSync(join(dir, changed), readFileSync(join(dir, changed), 'utf8').replace(/\.\s/, '. "We will not wait any longer," said Anna Berg, the minister. '));
      const uncached = analyze(dir, '--jobs', '1').out;
      assert.notEqual(uncached, plain);
      const one = analyze(dir, '--jobs', '1', '--cache', cache);
      assert.match(one.err, /(\d+) of \d+ articles reused, 1 analysed\.$/m);
      assert.equal(one.out, uncached);
      assert.equal(analyze(dir, '--jobs', '1', '--cache', cache).out, uncached);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

suite('cli analyze --cache in a place that cannot be written', function () {
  this.timeout(120_000);
  test('the analysis is still printed, and stderr says the cache could not be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-nocache-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Anna Berg, the mayor of Oslo, said: "The harbour will reopen next spring after the repairs."\n');
      // A file where the cache folder should be: nothing can be created under it.
      writeFileSync(join(dir, 'blocked'), '');
      const { out, err } = analyze(dir, '--cache', join(dir, 'blocked'));
      assert.equal(out, analyze(dir).out);
      assert.match(err, /Could not write the cache in .*blocked/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

suite('cli analyze --jobs', function () {
  this.timeout(300_000);
  test('a number of threads that is not a whole number of at least one is refused with the usage', () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', join(ROOT, 'seeds'), '--jobs', bad], { encoding: 'utf8' });
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs takes a whole number/);
    }
  });

  test('the worker pool gives exactly the analysis of one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-jobs-'));
    try {
      // Enough articles that the pool is used rather than skipped as not worth starting.
      for (const f of readdirSync(BBC).filter((f) => f.endsWith('.txt')).slice(0, 120)) copyFileSync(join(BBC, f), join(dir, f));
      const single = analyze(dir, '--jobs', '1').out;
      assert.ok((JSON.parse(single) as CorpusAnalysis).quotes.length > 50);
      assert.equal(analyze(dir, '--jobs', '2').out, single);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
