import * as assert from 'node:assert/strict';
import { quotationInDocument, relatedQuotation } from '../../../src/core/views/navigation';
import { at, fixtureIndex } from './fixture';

suite('navigation', () => {
  test('next related quotation goes to another document and cycles through every source', () => {
    const index = fixtureIndex();
    const visited: string[] = [];
    let quote = index.quote('qa1')!;
    for (let i = 0; i < 3; i++) {
      quote = relatedQuotation(index, quote, 'next')!;
      visited.push(quote.doc);
    }
    assert.deepEqual(visited, ['b.txt', 'sub/c.md', 'a.txt']);
    assert.equal(relatedQuotation(index, index.quote('qa1')!, 'previous')!.doc, 'sub/c.md');
  });

  test('a quotation reported once has no related quotation', () => {
    const index = fixtureIndex();
    assert.equal(relatedQuotation(index, index.quote('qa2')!, 'next'), undefined);
  });

  test('next and previous quotation in a document move in text order and wrap', () => {
    const index = fixtureIndex();
    assert.equal(quotationInDocument(index, 'a.txt', 0, 'next')?.id, 'qa1');
    const inside = at('a.txt', 'deep').start;
    assert.equal(quotationInDocument(index, 'a.txt', inside, 'next')?.id, 'qa2');
    assert.equal(quotationInDocument(index, 'a.txt', inside, 'previous')?.id, 'qa2');
    assert.equal(quotationInDocument(index, 'a.txt', at('a.txt', 'good').start, 'previous')?.id, 'qa1');
    assert.equal(quotationInDocument(index, 'a.txt', at('a.txt', 'good').start, 'next')?.id, 'qa1');
    assert.equal(quotationInDocument(index, 'empty.txt', 0, 'next'), undefined);
  });
});
