import * as assert from 'node:assert/strict';
import { CorpusAnalysis } from '../../src/core/analysis/model';
import { applyCorrections, findEntity, quoteAt } from '../../src/core/corrections';

function corpus(): CorpusAnalysis {
  return {
    documents: [{ path: 'a.txt', length: 200 }, { path: 'b.txt', length: 200 }],
    entities: [
      { id: 'p1', type: 'person', name: 'Ana Lima', aliases: ['Lima'], mentions: [{ doc: 'a.txt', start: 0, end: 8, text: 'Ana Lima' }] },
      { id: 'p2', type: 'person', name: 'A. Lima', aliases: [], mentions: [{ doc: 'b.txt', start: 5, end: 12, text: 'A. Lima' }] },
      { id: 'o1', type: 'organization', name: 'Lima', aliases: [], mentions: [{ doc: 'b.txt', start: 50, end: 54, text: 'Lima' }] },
      { id: 'p3', type: 'person', name: 'Ben Ode', aliases: [], mentions: [{ doc: 'a.txt', start: 90, end: 97, text: 'Ben Ode' }] },
    ],
    topics: [],
    quotes: [
      { id: 'q1', doc: 'a.txt', start: 20, end: 40, text: 'we will act quickly', speaker: 'p1', speakerText: 'Lima', marked: true, kind: 'full', cluster: 'c1' },
      { id: 'q2', doc: 'b.txt', start: 20, end: 40, text: 'we will act quickly', speaker: 'p2', speakerText: 'A. Lima', marked: true, kind: 'full', cluster: 'c1' },
      { id: 'q3', doc: 'b.txt', start: 60, end: 80, text: 'a great day for all', speaker: null, speakerText: '', marked: true, kind: 'full', cluster: null },
    ],
    clusters: [{ id: 'c1', quotes: ['q1', 'q2'] }],
  };
}

suite('corrections', () => {
  test('a speaker correction attributes the quotation to the named person', () => {
    const result = applyCorrections(corpus(), [{ doc: 'b.txt', start: 60, end: 80, correction: { type: 'speaker', speaker: 'Ben Ode' } }]);
    const q3 = result.quotes.find((q) => q.id === 'q3')!;
    assert.equal(q3.speaker, 'p3');
    assert.equal(q3.speakerText, 'Ben Ode');
  });

  test('a speaker the analysis never found becomes a new person', () => {
    const result = applyCorrections(corpus(), [{ doc: 'b.txt', start: 60, end: 80, correction: { type: 'speaker', speaker: 'Cara Diaz' } }]);
    const speaker = result.entities.find((e) => e.id === result.quotes.find((q) => q.id === 'q3')!.speaker);
    assert.deepEqual([speaker?.name, speaker?.type], ['Cara Diaz', 'person']);
  });

  test('a name shared by a person and an organisation attributes to the person', () => {
    assert.equal(findEntity(corpus().entities, 'lima', 'person')?.id, 'p1');
  });

  test('not a quotation drops it and dissolves a cluster left with one quotation', () => {
    const result = applyCorrections(corpus(), [{ doc: 'a.txt', start: 20, end: 40, correction: { type: 'not-a-quote' } }]);
    assert.deepEqual(result.quotes.map((q) => q.id), ['q2', 'q3']);
    assert.deepEqual(result.clusters, []);
    assert.equal(result.quotes[0].cluster, null);
  });

  test('unlinking takes a quotation out of its cluster', () => {
    const result = applyCorrections(corpus(), [{ doc: 'b.txt', start: 20, end: 40, correction: { type: 'unlink' } }]);
    assert.equal(result.quotes.find((q) => q.id === 'q2')!.cluster, null);
    assert.deepEqual(result.clusters, []);
  });

  test('unlinking one of three takes its links out of the cluster and keeps the others', () => {
    const before = corpus();
    before.quotes.push({ id: 'q4', doc: 'c.txt', start: 0, end: 20, text: 'we will act quickly', speaker: null, speakerText: '', marked: true, kind: 'full', cluster: 'c1' });
    before.clusters = [{ id: 'c1', quotes: ['q1', 'q2', 'q4'], links: [{ a: 'q1', b: 'q2', kind: 'exact', score: 1 }, { a: 'q1', b: 'q4', kind: 'exact', score: 1 }] }];
    const result = applyCorrections(before, [{ doc: 'b.txt', start: 20, end: 40, correction: { type: 'unlink' } }]);
    assert.deepEqual(result.clusters, [{ id: 'c1', quotes: ['q1', 'q4'], links: [{ a: 'q1', b: 'q4', kind: 'exact', score: 1 }] }]);
  });

  test('merging entities joins mentions and aliases and moves their quotations', () => {
    const result = applyCorrections(corpus(), [{ doc: 'b.txt', start: 5, end: 12, correction: { type: 'same-entity', entities: ['Ana Lima', 'A. Lima'] } }]);
    assert.deepEqual(result.entities.map((e) => e.id), ['p1', 'o1', 'p3']);
    const merged = result.entities[0];
    assert.deepEqual(merged.aliases, ['Lima', 'A. Lima']);
    assert.deepEqual(merged.mentions.map((m) => m.doc), ['a.txt', 'b.txt']);
    assert.equal(result.quotes.find((q) => q.id === 'q2')!.speaker, 'p1');
  });

  test('a correction whose quotation is gone changes nothing', () => {
    const before = corpus();
    const result = applyCorrections(before, [{ doc: 'a.txt', start: 150, end: 160, correction: { type: 'not-a-quote' } }]);
    assert.deepEqual(result, before);
  });

  test('the analysis given is left unchanged', () => {
    const before = corpus();
    applyCorrections(before, [
      { doc: 'a.txt', start: 20, end: 40, correction: { type: 'speaker', speaker: 'Ben Ode' } },
      { doc: 'a.txt', start: 0, end: 8, correction: { type: 'same-entity', entities: ['p1', 'p2'] } },
    ]);
    assert.deepEqual(before, corpus());
  });

  test('a span that overlaps a quotation finds it; the exact span wins', () => {
    const quotes = corpus().quotes;
    assert.equal(quoteAt(quotes, { doc: 'b.txt', start: 30, end: 70 })?.id, 'q2');
    assert.equal(quoteAt(quotes, { doc: 'b.txt', start: 60, end: 80 })?.id, 'q3');
    assert.equal(quoteAt(quotes, { doc: 'a.txt', start: 100, end: 110 }), undefined);
  });
});
