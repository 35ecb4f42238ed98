import * as assert from 'node:assert/strict';
import { AnalysisIndex } from '../../../src/core/views/analysisIndex';
import { ANALYSIS, at, fixtureIndex } from './fixture';

suite('AnalysisIndex', () => {
  test('finds the quotation under an offset, including at its last character boundary', () => {
    const index = fixtureIndex();
    const span = at('a.txt', 'frank, deep');
    assert.equal(index.quoteAt('a.txt', span.start)?.id, 'qa1');
    assert.equal(index.quoteAt('a.txt', at('a.txt', 'We had frank, deep and constructive talks,').end)?.id, 'qa1');
    assert.equal(index.quoteAt('a.txt', 0), undefined);
    assert.equal(index.quoteAt('missing.txt', 3), undefined);
  });

  test('finds the entity mention under an offset', () => {
    const index = fixtureIndex();
    assert.equal(index.mentionAt('a.txt', at('a.txt', 'Tom Berg').start + 2)?.entity.name, 'Tom Berg');
    assert.equal(index.mentionAt('a.txt', at('a.txt', 'Foreign').start), undefined);
  });

  test('prefers the innermost span when spans nest', () => {
    const index = new AnalysisIndex({
      ...ANALYSIS,
      entities: [
        { id: 'outer', type: 'organization', name: 'Bank of Lima', aliases: [], mentions: [{ doc: 'x', start: 0, end: 12, text: 'Bank of Lima' }] },
        { id: 'inner', type: 'place', name: 'Lima', aliases: [], mentions: [{ doc: 'x', start: 8, end: 12, text: 'Lima' }] },
      ],
    });
    assert.equal(index.mentionAt('x', 9)?.entity.id, 'inner');
    assert.equal(index.mentionAt('x', 2)?.entity.id, 'outer');
  });

  test('lists related quotations in document order without the quotation itself', () => {
    const index = fixtureIndex();
    assert.deepEqual(index.related(index.quote('qb1')!).map((q) => q.id), ['qa1', 'qc1']);
    assert.deepEqual(index.related(index.quote('qa2')!), []);
  });

  test('names a speaker by entity, else by the text that named them, else as unknown', () => {
    const index = fixtureIndex();
    assert.equal(index.speakerName(index.quote('qc1')!), 'Ana Reyes');
    assert.equal(index.speakerName(index.quote('qc2')!), 'A spokesman');
    assert.equal(index.speakerName({ ...index.quote('qc2')!, speakerText: ' ' }), 'Unknown speaker');
    assert.equal(index.speakerName({ ...index.quote('qc2')!, speakerText: 'he' }), 'Unknown speaker');
  });

  test('quotations by unknown speakers share one key; described speakers keep their own', () => {
    const index = fixtureIndex();
    const unknown = { ...index.quote('qc2')!, speakerText: '' };
    assert.equal(index.speakerKey({ ...unknown, speakerText: 'she' }), index.speakerKey(unknown));
    assert.notEqual(index.speakerKey(index.quote('qc2')!), index.speakerKey(unknown));
    assert.equal(index.speakerKey(index.quote('qa1')!), 'reyes');
  });

  test('lists the quotations attributed to an entity', () => {
    assert.deepEqual(fixtureIndex().quotesBy('reyes').map((q) => q.id), ['qa1', 'qb1', 'qc1']);
    assert.deepEqual(fixtureIndex().quotesBy('lima'), []);
  });
});
