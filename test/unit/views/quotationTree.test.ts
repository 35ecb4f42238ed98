import * as assert from 'node:assert/strict';
import { quotationNodePath, quotationTree } from '../../../src/core/views/quotationTree';
import { fixtureIndex } from './fixture';

suite('quotationTree', () => {
  test('by speaker: speakers by number of quotations, unknown speakers named by their description', () => {
    const roots = quotationTree(fixtureIndex(), 'speaker');
    assert.deepEqual(roots.map((r) => [r.label, r.description, r.icon]), [
      ['Ana Reyes', '3 quotations', 'person'],
      ['A spokesman', '1 quotation', 'question'],
      ['Tom Berg', '1 quotation', 'person'],
    ]);
  });

  test('by speaker: each quotation shows its document and how many other sources report it', () => {
    const quotes = quotationTree(fixtureIndex(), 'speaker')[0].children!();
    assert.deepEqual(quotes.map((q) => [q.label, q.description]), [
      ['“We had frank, deep and constructive talks,”', 'a.txt · 2 other sources'],
      ['“candid, substantial and constructive”', 'b.txt · 2 other sources'],
      ['“frank, deep and constructive”', 'sub/c.md · 2 other sources'],
    ]);
  });

  test('by statement: a statement counts its sources and says it includes paraphrases', () => {
    const [statement, single] = quotationTree(fixtureIndex(), 'statement');
    assert.equal(statement.label, '“We had frank, deep and constructive talks,”');
    assert.equal(statement.description, '3 sources · includes paraphrases');
    assert.deepEqual(statement.children!().map((q) => q.description), [
      'Ana Reyes · a.txt',
      'Ana Reyes · b.txt · paraphrase',
      'Ana Reyes · sub/c.md · reported without quote marks',
    ]);
    assert.ok(statement.children!().every((q) => q.contextValue === 'quotation.related' && q.quoteId));
    assert.equal(single.label, 'Reported by one source');
    assert.deepEqual(single.children!().map((q) => [q.contextValue, q.quoteId]), [['quotation', 'qa2'], ['quotation', 'qc2']]);
    assert.deepEqual(single.children!().map((q) => q.label), ['“a good start”', '“no comment”']);
  });

  test('node paths match the ids the tree builds, in both groupings', () => {
    const index = fixtureIndex();
    for (const grouping of ['speaker', 'statement'] as const) {
      for (const quote of index.analysis.quotes) {
        const [parentId, leafId] = quotationNodePath(index, quote, grouping);
        const parent = quotationTree(index, grouping).find((n) => n.id === parentId);
        assert.ok(parent?.children!().some((n) => n.id === leafId), `${grouping} ${quote.id}`);
      }
    }
  });
});
