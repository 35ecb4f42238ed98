import * as assert from 'node:assert/strict';
import type { CorpusAnalysis } from '../../../src/core/analysis/model';
import { corpusOf } from './corpusOf';

function names(a: CorpusAnalysis): string[] {
  return a.entities.map((e) => e.name).sort();
}

suite('names a reader trusts: weak evidence stays out of the tree', () => {
  test('a lone acronym nothing defines or types is listed only once the corpus writes it twice', () => {
    const corpus = corpusOf({ 'a.txt': 'Ivo Marr saw the glow in the ROV lights and wrote about it on IRC.' });
    assert.deepEqual(names(corpus.analysis()), ['Ivo Marr']);
    corpus.setDocument('b.txt', 'Later the ROV surfaced near the ship, Dana Holt said.');
    const a = corpus.analysis();
    assert.deepEqual(names(a), ['Dana Holt', 'Ivo Marr', 'ROV']);
    assert.deepEqual(a.entities.find((e) => e.name === 'ROV')?.mentions.map((m) => m.doc).sort(), ['a.txt', 'b.txt']);
    corpus.setDocument('b.txt', 'Dana Holt said nothing.');
    assert.deepEqual(names(corpus.analysis()), ['Dana Holt', 'Ivo Marr']);
  });

  test('an acronym in brackets after a name, one that speaks or one a role follows is listed at once', () => {
    const a = corpusOf({ 'a.txt': 'Ivo Marr joined the Union of Rationalist Atheists and Agnostics (UAAR) in May. KNB said the vote was close. The PSM chairman resigned. NEA Director Ann Vo left.' }).analysis();
    for (const name of ['UAAR', 'KNB', 'PSM', 'NEA']) assert.ok(names(a).includes(name), `${name} in ${names(a).join(', ')}`);
  });
});
