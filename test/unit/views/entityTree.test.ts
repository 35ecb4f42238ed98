import * as assert from 'node:assert/strict';
import { entityTree, entityNodePath } from '../../../src/core/views/entityTree';
import type { ViewNode } from '../../../src/core/views/viewNode';
import { at, fixtureIndex, textOf } from './fixture';

const child = (node: ViewNode, label: string) => node.children!().find((c) => c.label === label)!;

suite('entityTree', () => {
  test('groups entities by type, omitting empty groups, with counts', () => {
    const roots = entityTree(fixtureIndex(), textOf);
    assert.deepEqual(roots.map((r) => [r.label, r.description]), [['People', '2'], ['Organisations', '1'], ['Places', '1']]);
  });

  test('lists people by mention count with "N mentions in M documents"', () => {
    const people = entityTree(fixtureIndex(), textOf)[0].children!();
    assert.deepEqual(people.map((p) => [p.label, p.description]), [
      ['Ana Reyes', '4 mentions in 3 documents'],
      ['Tom Berg', '2 mentions in 1 document'],
    ]);
    assert.equal(people[0].tooltip, 'Person, also called Reyes');
  });

  test('a mention is labelled with its line and opens its span', () => {
    const reyes = fixtureIndex().entity('reyes')!;
    const people = entityTree(fixtureIndex(), textOf)[0];
    const doc = child(child(people, 'Ana Reyes'), 'a.txt');
    assert.equal(doc.description, '2 mentions');
    const mentions = doc.children!();
    assert.deepEqual(mentions.map((m) => m.description), ['line 1', 'line 2']);
    assert.equal(mentions[1].label, '“We had frank, deep and constructive talks,” Reyes said.');
    assert.deepEqual(mentions[1].location, at('a.txt', 'Reyes', 1));
    assert.deepEqual(entityNodePath(reyes, reyes.mentions[1]), [people.id, child(people, 'Ana Reyes').id, doc.id, mentions[1].id]);
    assert.deepEqual(entityNodePath(reyes), [people.id, child(people, 'Ana Reyes').id]);
  });

  test('without the document text a mention falls back to its own words', () => {
    const people = entityTree(fixtureIndex(), () => undefined)[0];
    const mention = child(child(people, 'Tom Berg'), 'a.txt').children!()[0];
    assert.equal(mention.label, 'Tom Berg');
  });
});
