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

  test('agencies in a picture credit are listed at once, after a label, a copyright sign or a slash', () => {
    const a = corpusOf({ 'a.txt': 'Ivo Marr met Dana Holt. Photo: Quorix/Brightlux\n\nThey spoke again. ©KPA/NBX' }).analysis();
    for (const name of ['Quorix', 'Brightlux', 'KPA', 'NBX']) assert.ok(names(a).includes(name), `${name} in ${names(a).join(', ')}`);
  });

  test('an acronym in brackets after a name, one that speaks or one a role follows is listed at once', () => {
    const a = corpusOf({ 'a.txt': 'Ivo Marr joined the Union of Rationalist Atheists and Agnostics (UAAR) in May. KNB said the vote was close. The PSM chairman resigned. NEA Director Ann Vo left.' }).analysis();
    for (const name of ['UAAR', 'KNB', 'PSM', 'NEA']) assert.ok(names(a).includes(name), `${name} in ${names(a).join(', ')}`);
  });
});

suite('names a reader trusts: things are not names of people, organisations or places', () => {
  function analyse(text: string): CorpusAnalysis {
    return corpusOf({ 'a.txt': text }).analysis();
  }

  test('a licence, a manifesto or an index is no entity', () => {
    const a = analyse('Ivo Marr chose the GNU Free Document License. He quoted the Communist Manifesto and the Humanities Citation Index.');
    assert.deepEqual(names(a), ['Ivo Marr']);
  });

  test('a name the text calls a made thing is no entity anywhere in the document', () => {
    const a = analyse('Stardust is a NASA space capsule. Dana Holt said Stardust landed in Utah.\n\nSpacecraft Stardust Image: NASA.');
    assert.ok(!names(a).some((n) => n.includes('Stardust')), names(a).join(', '));
    assert.ok(names(a).includes('Dana Holt'));
  });

  test('a work introduced by its kind, its maker or what it is called is no entity', () => {
    const a = analyse('Ada Vell launched her graphic novel Angel Catbird. Ivo Marr praised Lawrence Lessig\'s Free Culture. They tested the device called the E-meter.');
    assert.deepEqual(names(a), ['Ada Vell', 'Ivo Marr', 'Lawrence Lessig']);
  });

  test('a name after a possessive that modifies a noun is not a work', () => {
    const a = analyse('Ivo Marr showed Ada Vell\'s Social Security card. Social Security pays Ivo Marr.');
    assert.ok(names(a).includes('Social Security'), names(a).join(', '));
  });

  test('"in" does not make a word the document also writes in lower case a place; a town stays one', () => {
    const a = analyse('The ants learn fast. Ivo Marr studied learning in Ants. Ada Vell lives in Concord.');
    assert.deepEqual(names(a), ['Ada Vell', 'Concord', 'Ivo Marr']);
  });

  test('an abbreviation with a dot inside ("M.Sc.") is no person', () => {
    assert.deepEqual(names(analyse('Ivo Marr began his M.Sc. studies in May.')), ['Ivo Marr']);
  });

  test('a word nothing types is listed only once the corpus writes it twice', () => {
    const corpus = corpusOf({ 'a.txt': 'Ivo Marr loaded up Gigaloader and waited.' });
    assert.deepEqual(names(corpus.analysis()), ['Ivo Marr']);
    corpus.setDocument('b.txt', 'Gigaloader crashed again. Dana Holt blamed Gigaloader for it.');
    assert.ok(names(corpus.analysis()).includes('Gigaloader'));
  });
});
