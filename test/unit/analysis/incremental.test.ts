import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../../src/core/analysis/corpus';
import type { CorpusAnalysis } from '../../../src/core/analysis/model';
import { corpusOf } from './corpusOf';

function fresh(docs: Record<string, string>): CorpusAnalysis {
  return corpusOf(docs).analysis();
}

function comparable(a: CorpusAnalysis): unknown {
  const entities = [...a.entities].sort((x, y) => (x.id < y.id ? -1 : 1));
  return { ...a, entities };
}

const DOCS: Record<string, string> = {
  'a.txt': 'Talks in Geneva went on late. Okafor said the draft was ready.',
  'b.txt': 'The Northern Grain Board (NGB) raised prices. Farmers said the NGB had no choice.',
  'c.txt': '“We will sign,” Okafor told reporters in Lagos.',
};

suite('incremental analysis', () => {
  test('a name introduced in one document re-resolves the surname in the others, as a fresh run would', () => {
    const corpus = corpusOf(DOCS);
    const before = corpus.analysis();
    assert.ok(!before.entities.some((e) => e.name === 'Ruth Okafor'));
    const edited = { ...DOCS, 'c.txt': 'Foreign Minister Ruth Okafor arrived. “We will sign,” Okafor told reporters in Lagos.' };
    corpus.setDocument('c.txt', edited['c.txt']);
    const after = corpus.analysis();
    const okafor = after.entities.find((e) => e.name === 'Ruth Okafor');
    assert.ok(okafor, after.entities.map((e) => e.name).join(', '));
    assert.deepEqual([...new Set(okafor.mentions.map((m) => m.doc))], ['a.txt', 'c.txt']);
    assert.equal(after.quotes.find((q) => q.doc === 'c.txt')?.speaker, okafor.id);
    assert.deepEqual(comparable(after), comparable(fresh(edited)));
  });

  test('removing the document that defined an acronym matches a corpus that never had it', () => {
    const corpus = corpusOf(DOCS);
    corpus.analysis();
    corpus.removeDocument('b.txt');
    corpus.setDocument('d.txt', 'Analysts doubted the NGB figures.');
    const expected = fresh({ 'a.txt': DOCS['a.txt'], 'c.txt': DOCS['c.txt'], 'd.txt': 'Analysts doubted the NGB figures.' });
    assert.deepEqual(comparable(corpus.analysis()), comparable(expected));
  });

  test('entities and quotes of documents an edit does not reach keep their objects', () => {
    const corpus = corpusOf(DOCS);
    const before = corpus.analysis();
    corpus.setDocument('a.txt', `${DOCS['a.txt']} Talks resume on Monday.`);
    const after = corpus.analysis();
    const board = (a: CorpusAnalysis) => a.entities.find((e) => e.name === 'Northern Grain Board');
    assert.ok(board(before));
    assert.equal(board(after), board(before));
    assert.equal(after.quotes.find((q) => q.doc === 'c.txt'), before.quotes.find((q) => q.doc === 'c.txt'));
  });

  test('a title tie added or removed in one document re-resolves the title in another, as a fresh run would', () => {
    const corpus = new Corpus();
    const docs = { 'a.txt': '“We will sign,” the Ruritanian foreign minister said.', 'b.txt': 'Talks went on.' };
    for (const [path, text] of Object.entries(docs)) corpus.setDocument(path, text);
    assert.equal(corpus.analysis().quotes[0].speaker, null);
    const tied = { ...docs, 'b.txt': 'Ruritanian Foreign Minister Ivo Brandt arrived.' };
    corpus.setDocument('b.txt', tied['b.txt']);
    const after = corpus.analysis();
    assert.equal(after.quotes[0].speaker, after.entities.find((e) => e.name === 'Ivo Brandt')?.id);
    assert.deepEqual(comparable(after), comparable(fresh(tied)));
    const rival = { ...tied, 'c.txt': 'Ruritanian Foreign Minister Ada Pell took over.' };
    corpus.setDocument('c.txt', rival['c.txt']);
    const contested = corpus.analysis();
    assert.equal(contested.quotes[0].speaker, null);
    assert.deepEqual(comparable(contested), comparable(fresh(rival)));
  });

  test('an organisation name added in one document stops a first-name match in another, as a fresh run would', () => {
    const corpus = new Corpus();
    const docs = { 'a.txt': 'Users of Orvex Writer complained. A fix was promised by Orvex on Monday.' };
    corpus.setDocument('a.txt', docs['a.txt']);
    const writer = (a: CorpusAnalysis) => a.entities.find((e) => e.name === 'Orvex Writer')?.mentions.length;
    assert.equal(writer(corpus.analysis()), 2);
    const edited = { ...docs, 'b.txt': 'The Orvex Corporation grew fast.' };
    corpus.setDocument('b.txt', edited['b.txt']);
    const after = corpus.analysis();
    assert.equal(writer(after), 1);
    assert.deepEqual(comparable(after), comparable(fresh(edited)));
  });
});

suite('a corpus analysed once', () => {
  // The command line lets each corpus-wide step's state go as soon as its answer is taken; the answer must not move.
  test('gives the same analysis as the incremental corpus, on the seeds, then refuses changes', () => {
    const folder = join(__dirname, '..', '..', '..', 'seeds');
    const docs = Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
    const once = corpusOf(docs).analyseOnce();
    assert.ok(once.quotes.length > 0 && once.topics.length > 0 && once.clusters.length > 0);
    assert.deepEqual(once, corpusOf(docs).analysis());
    const corpus = corpusOf(docs);
    corpus.analyseOnce();
    assert.throws(() => corpus.setDocument('new.txt', 'Anna Berg said so.'), /analysed once.*build a new Corpus/);
    assert.throws(() => corpus.removeDocument(Object.keys(docs)[0]), /analysed once/);
  });
});
