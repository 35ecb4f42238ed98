import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, Quote } from '../../../src/core/analysis/model';
import { speakerOutletTree, speakerOutletTreeSteps } from '../../../src/core/comparison/speakerOutletTree';
import { AnalysisIndex } from '../../../src/core/views/analysisIndex';
import { quotationTree, quotationTreeSteps } from '../../../src/core/views/quotationTree';
import { eachStep, runSteps, type Steps } from '../../../src/core/views/steps';
import type { ViewNode } from '../../../src/core/views/viewNode';

/** Runs steps as the editor does, counting the points where it could pause. */
function pauses<T>(steps: Steps<T>): { value: T; pauses: number } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses: count };
    count++;
  }
}

// A corpus large enough that a view over it is built in several slices: 60 articles, 3,000 quotations,
// some of them one statement reported by two articles.
function largeIndex(): AnalysisIndex {
  const quotes: Quote[] = [];
  for (let i = 0; i < 3000; i++) {
    const doc = `article-${i % 60}.txt`;
    const cluster = i % 10 === 0 ? `c${Math.floor(i / 20)}` : null;
    quotes.push({ id: `q${i}`, doc, start: i, end: i + 1, text: `words ${i}`, speaker: i % 7 === 0 ? null : `p${i % 25}`, speakerText: '', marked: true, kind: 'full', cluster });
  }
  const clusters = [...new Set(quotes.map((q) => q.cluster).filter((c): c is string => c !== null))].map((id) => ({ id, quotes: quotes.filter((q) => q.cluster === id).map((q) => q.id), links: [] }));
  const analysis: CorpusAnalysis = {
    documents: Array.from({ length: 60 }, (_, i) => ({ path: `article-${i}.txt`, length: 9000, label: `Article ${i}` })),
    entities: Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, type: 'person' as const, name: `Person ${i}`, aliases: [], mentions: [] })),
    topics: [],
    quotes,
    clusters,
  };
  return new AnalysisIndex(analysis);
}

/** A tree as a reader sees it: each node's label and description, its children opened. */
function shown(nodes: ViewNode[]): unknown[] {
  return nodes.map((n) => [n.label, n.description, n.children ? shown(n.children()) : null]);
}

suite('work in steps', () => {
  test('eachStep visits every item and offers a pause every few hundred items', () => {
    const seen: number[] = [];
    const { pauses: count } = pauses(eachStep(Array.from({ length: 1000 }, (_, i) => i), (i) => seen.push(i)));
    assert.equal(seen.length, 1000);
    assert.equal(count, 3);
  });

  test('the Quotations tree built in steps is the tree built at once, in both groupings, and pauses on a large corpus', () => {
    for (const grouping of ['speaker', 'statement'] as const) {
      const stepped = pauses(quotationTreeSteps(largeIndex(), grouping));
      assert.ok(stepped.pauses >= 10, `${grouping}: ${stepped.pauses} pauses`);
      assert.deepEqual(shown(stepped.value), shown(quotationTree(largeIndex(), grouping)));
    }
  });

  test('the Who Quotes Whom tree built in steps is the tree built at once', () => {
    const stepped = pauses(speakerOutletTreeSteps(largeIndex()));
    assert.ok(stepped.pauses >= 20, `${stepped.pauses} pauses`);
    assert.deepEqual(shown(stepped.value), shown(speakerOutletTree(largeIndex())));
    assert.equal(runSteps(speakerOutletTreeSteps(largeIndex()))[0].label, 'Person 1');
  });
});
