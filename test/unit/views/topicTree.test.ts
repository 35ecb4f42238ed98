import * as assert from 'node:assert/strict';
import { topicTree } from '../../../src/core/views/topicTree';
import { at, fixtureIndex, textOf } from './fixture';

suite('topicTree', () => {
  test('a topic lists its documents and their passages', () => {
    const [topic] = topicTree(fixtureIndex(), textOf);
    assert.equal(topic.label, 'talks');
    assert.equal(topic.description, '3 passages in 3 documents');
    const docs = topic.children!();
    assert.deepEqual(docs.map((d) => d.label), ['a.txt', 'b.txt', 'sub/c.md']);
    const [passage] = docs[1].children!();
    assert.equal(passage.label, 'Ana Reyes said the talks');
    assert.deepEqual(passage.location, at('b.txt', 'Ana Reyes said the talks'));
  });
});
