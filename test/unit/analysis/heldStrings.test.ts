import * as assert from 'node:assert/strict';
import { analyseDocument, holdStrings } from '../../../src/core/analysis/documentFacts';
import { Interner } from '../../../src/core/analysis/interner';

const TEXT = 'Anna Berg, the mayor of Oslo, said the Harbour Authority would reopen the old harbour. The harbour talks resume in Oslo.\n';

suite('strings held once across documents', () => {
  test('an interner holds each string once, and starts afresh past its limit', () => {
    const strings = new Interner(2);
    assert.equal(strings.of('a b'), 'a b');
    assert.equal(strings.of(['a', 'b'].join(' ')), 'a b');
    assert.equal(strings.size, 1);
    strings.of('c');
    assert.equal(strings.size, 2);
    assert.equal(strings.of('d'), 'd');
    assert.equal(strings.size, 1);
  });

  test("a phrase's surface is kept only where it differs from its normal form, and reads back as first written", () => {
    const { terms } = analyseDocument(TEXT);
    const all = new Set(terms.sentences.flatMap((s) => s.terms));
    assert.ok(all.has('harbour') && all.has('oslo'), [...all].join(' | '));
    // "harbour" is written as its normal form; "Oslo" is not.
    assert.equal(terms.surfaces.has('harbour'), false);
    assert.equal(terms.surfaces.get('oslo'), 'Oslo');
    for (const [key, surface] of terms.surfaces) assert.notEqual(surface, key);
  });

  test('facts copied from another thread read the same once given the held strings', () => {
    const facts = analyseDocument(TEXT);
    const copy = holdStrings(structuredClone(facts));
    assert.deepEqual(copy, facts);
  });
});
