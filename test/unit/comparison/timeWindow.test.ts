import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, Quote, QuoteLinkInfo } from '../../../src/core/analysis/model';
import { withinTimeWindow } from '../../../src/core/comparison/timeWindow';

function quote(doc: string, text: string): Quote {
  return { id: `q:${doc}:0`, doc, start: 0, end: text.length, text, speaker: null, speakerText: '', marked: true, kind: 'full', cluster: 'c:a.txt:0' };
}

/** Three reports of one cluster, dated as given, linked a-b and b-c with the given kind. */
function corpus(dates: (string | undefined)[], texts: string[], kind: QuoteLinkInfo['kind']): CorpusAnalysis {
  const docs = ['a.txt', 'b.txt', 'c.txt'];
  const quotes = docs.map((d, i) => quote(d, texts[i]));
  return {
    documents: docs.map((path, i) => ({ path, length: 100, ...(dates[i] ? { date: dates[i] } : {}) })),
    entities: [],
    topics: [],
    quotes,
    clusters: [{ id: 'c:a.txt:0', quotes: quotes.map((q) => q.id), links: [{ a: quotes[0].id, b: quotes[1].id, kind, score: 1 }, { a: quotes[1].id, b: quotes[2].id, kind, score: 1 }] }],
  };
}

const PHRASE = ['rigged system', 'rigged system', 'rigged system'];
const STATEMENT = Array(3).fill('We will never abandon the farmers of this valley, whatever the cost');

suite('links within a plausible time', () => {
  test('a short phrase reported months later is another occasion: the cluster splits where the dates part', () => {
    const result = withinTimeWindow(corpus(['2016-01-04', '2016-01-06', '2016-05-20'], PHRASE, 'exact'), 30);
    assert.deepEqual(result.clusters.map((c) => c.quotes), [['q:a.txt:0', 'q:b.txt:0']]);
    assert.deepEqual(result.quotes.map((q) => q.cluster), ['c:a.txt:0', 'c:a.txt:0', null]);
  });

  test('a long statement repeated word for word stays linked at any distance', () => {
    const before = corpus(['2016-01-04', '2016-01-06', '2016-05-20'], STATEMENT, 'exact');
    assert.equal(withinTimeWindow(before, 30), before);
  });

  test('a paraphrase months apart is cut, one within the window is kept', () => {
    const result = withinTimeWindow(corpus(['2016-01-04', '2016-03-01', '2016-03-10'], STATEMENT, 'paraphrase'), 30);
    assert.deepEqual(result.clusters, [{ id: 'c:b.txt:0', quotes: ['q:b.txt:0', 'q:c.txt:0'], links: [{ a: 'q:b.txt:0', b: 'q:c.txt:0', kind: 'paraphrase', score: 1 }] }]);
    assert.deepEqual(result.quotes.map((q) => q.cluster), [null, 'c:b.txt:0', 'c:b.txt:0']);
  });

  test('a document without a date is never cut off, and 0 days turns the window off', () => {
    const undated = corpus(['2016-01-04', undefined, '2016-05-20'], PHRASE, 'exact');
    assert.equal(withinTimeWindow(undated, 30), undated);
    const far = corpus(['2016-01-04', '2016-01-06', '2016-05-20'], PHRASE, 'exact');
    assert.equal(withinTimeWindow(far, 0), far);
  });

  test('two reports joined only through one months away stay joined when they are close in time themselves', () => {
    // b is linked to a and to c; a and c are days apart, b months away from both.
    const result = withinTimeWindow(corpus(['2016-07-19', '2016-03-01', '2016-07-25'], PHRASE, 'partial'), 30);
    assert.deepEqual(result.clusters, [{ id: 'c:a.txt:0', quotes: ['q:a.txt:0', 'q:c.txt:0'], links: [{ a: 'q:a.txt:0', b: 'q:c.txt:0', kind: 'partial', score: 1 }] }]);
    assert.deepEqual(result.quotes.map((q) => q.cluster), ['c:a.txt:0', null, 'c:a.txt:0']);
    const apart = withinTimeWindow(corpus(['2016-01-04', '2016-03-01', '2016-05-20'], PHRASE, 'exact'), 30);
    assert.deepEqual(apart.clusters, [], 'three reports months apart from each other are three occasions');
  });

  test('a phrase months away that is only a part of two statements does not join them', () => {
    const texts = ['The point of the statute on gross negligence is to protect secrets', 'gross negligence', 'We introduced a bill that goes further than gross negligence'];
    const result = withinTimeWindow(corpus(['2016-07-05', '2016-03-01', '2016-07-12'], texts, 'partial'), 30);
    assert.deepEqual(result.clusters, [], 'two statements quoting one term are two statements');
  });
});
