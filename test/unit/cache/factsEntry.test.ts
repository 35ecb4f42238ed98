import * as assert from 'node:assert/strict';
import { analyseDocument } from '../../../src/core/analysis/documentFacts';
import { readFactsEntry, writeFactsEntry } from '../../../src/core/cache/factsEntry';

suite('cache entries of per-document facts', () => {
  const facts = analyseDocument('Anna Berg, the mayor of Oslo, said: "The harbour will reopen next spring after the repairs."\n');
  const entry = writeFactsEntry(facts, 'engine-1', 'hash-a');

  test('an entry reads back to the same facts, Maps included', () => {
    const back = readFactsEntry(entry, 'engine-1', 'hash-a');
    // JSON leaves out properties whose value is undefined; the engine never tells the two apart.
    const defined = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (_k, v: unknown) => (v instanceof Map ? [...v] : v)));
    assert.deepEqual(defined(back), defined(facts));
    assert.ok(back!.terms.surfaces instanceof Map && back!.terms.surfaces.size > 0);
    assert.ok(back!.entities.candidates.length > 0 && back!.quotes.length === 1);
  });

  test('an entry from another engine version or for another text is ignored', () => {
    assert.equal(readFactsEntry(entry, 'engine-2', 'hash-a'), undefined);
    assert.equal(readFactsEntry(entry, 'engine-1', 'hash-b'), undefined);
  });

  test('a half-written entry is ignored', () => {
    for (const cut of [0, 10, entry.indexOf('\n') + 1, entry.length - 1]) assert.equal(readFactsEntry(entry.slice(0, cut), 'engine-1', 'hash-a'), undefined, `cut at ${cut}`);
  });

  test('a damaged payload is ignored even when it still parses', () => {
    // One digit of the payload changed: the JSON still parses, the facts would be wrong.
    const at = entry.indexOf('1', entry.indexOf('\n'));
    const damaged = `${entry.slice(0, at)}2${entry.slice(at + 1)}`;
    assert.notEqual(damaged, entry);
    assert.equal(readFactsEntry(damaged, 'engine-1', 'hash-a'), undefined);
  });

  test('text that is not an entry at all is ignored', () => {
    for (const junk of ['', 'null', '{}\n{}', '\u0000\u0001garbage', '{"format":1,"engine":"engine-1","text":"hash-a","length":2,"checksum":"x"}\n{}']) {
      assert.equal(readFactsEntry(junk, 'engine-1', 'hash-a'), undefined, JSON.stringify(junk));
    }
  });
});
