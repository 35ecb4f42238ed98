import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, EntityType } from '../../../src/core/analysis/model';
import { corpusOf } from './corpusOf';

function analyse(text: string): CorpusAnalysis {
  return corpusOf({ 'a.txt': text }).analysis();
}

function typeOf(a: CorpusAnalysis, name: string): EntityType | undefined {
  return a.entities.find((e) => e.name === name)?.type;
}

suite('names a reader trusts: typing from the words around a name', () => {
  test('a town before a comma and a state is a place, even when it is also a given name', () => {
    const a = analyse('Ivo Marr, a boy from Irving, Texas, was praised. He later moved to Warren, Michigan.');
    assert.equal(typeOf(a, 'Irving'), 'place');
    assert.equal(typeOf(a, 'Warren'), 'place');
  });

  test('a country and a role after a comma describe a person, not a town', () => {
    const a = analyse('After the match, Hernan Dario Gomez, Panama coach, said the team was tired.');
    assert.equal(typeOf(a, 'Hernan Dario Gomez'), 'person');
  });

  test('a word with a surname\'s ending named alone is a person', () => {
    const a = analyse('In those years Gorbachev opened the archives, and many readers came back to Dostoyevsky after Gorbachev fell.');
    assert.equal(typeOf(a, 'Gorbachev'), 'person');
    assert.equal(typeOf(a, 'Dostoyevsky'), 'person');
  });
});

suite('names a reader trusts: typing from the shape of a name', () => {
  test('a coined word ending in an organisation\'s head word is a firm, listed at its first mention', () => {
    const a = analyse('Dana Holt spoke to Quorinews about the game. Later she joined Zentasoft.');
    assert.equal(typeOf(a, 'Quorinews'), 'organization');
    assert.equal(typeOf(a, 'Zentasoft'), 'organization');
  });
});
