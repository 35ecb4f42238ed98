import * as assert from 'node:assert/strict';
import { findChild, MORE_CONTEXT, PAGE_SIZE, paged } from '../../../src/core/views/paging';
import type { ViewNode } from '../../../src/core/views/viewNode';

const make = (n: number): ViewNode => ({ id: `n${n}`, label: String(n), icon: 'x', contextValue: 'item' });

suite('paging', () => {
  test('a short list is shown whole', () => {
    assert.deepEqual(paged([1, 2, 3], make, { id: 'm', one: 'item', many: 'items' }).map((n) => n.label), ['1', '2', '3']);
  });

  test('a long list shows one page and a "more" node that holds the rest, page by page', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => i);
    const first = paged(items, make, { id: 'm', one: 'person', many: 'people' });
    assert.equal(first.length, PAGE_SIZE + 1);
    const more = first[PAGE_SIZE];
    assert.equal(more.contextValue, MORE_CONTEXT);
    assert.equal(more.label, `${PAGE_SIZE + 5} more people`);
    const second = more.children!();
    assert.equal(second[0].label, String(PAGE_SIZE));
    assert.equal(second[PAGE_SIZE].label, '5 more people');
    assert.deepEqual(second[PAGE_SIZE].children!().map((n) => n.label), ['400', '401', '402', '403', '404']);
  });

  test('only the nodes of opened pages are built', () => {
    let built = 0;
    paged(Array.from({ length: 10_000 }, (_, i) => i), (n) => (built++, make(n)), { id: 'm', one: 'item', many: 'items' });
    assert.equal(built, PAGE_SIZE);
  });

  test('a child on a later page is found through the "more" nodes', () => {
    const roots = paged(Array.from({ length: PAGE_SIZE * 3 }, (_, i) => i), make, { id: 'm', one: 'item', many: 'items' });
    const childrenOf = (node?: ViewNode) => (node ? node.children?.() ?? [] : roots);
    assert.equal(findChild(childrenOf, undefined, `n${PAGE_SIZE * 2 + 7}`)?.label, String(PAGE_SIZE * 2 + 7));
    assert.equal(findChild(childrenOf, undefined, 'absent'), undefined);
  });
});
