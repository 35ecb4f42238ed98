import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/analysis/corpus';
import { corpusInputsText, readCorpusEntry, writeCorpusEntry } from '../../../src/core/cache/corpusEntry';

suite('cache entries of a whole corpus', () => {
  const corpus = new Corpus();
  corpus.setDocument('a.txt', 'Anna Berg, the mayor of Oslo, said: "The harbour will reopen next spring after the repairs."\n');
  corpus.setDocument('b.txt', 'The mayor, Anna Berg, said the harbour "will reopen next spring after the repairs".\n');
  const analysis = corpus.analysis();
  const entry = writeCorpusEntry(analysis, 'engine-1', 'inputs-a');

  test('an entry reads back to the same analysis, which prints the same', () => {
    const back = readCorpusEntry(entry, 'engine-1', 'inputs-a');
    assert.deepEqual(back, JSON.parse(JSON.stringify(analysis)));
    assert.equal(JSON.stringify(back), JSON.stringify(analysis));
    assert.ok(back!.quotes.length === 2 && back!.clusters.length === 1);
  });

  test('an entry from another engine version or for other inputs is ignored', () => {
    assert.equal(readCorpusEntry(entry, 'engine-2', 'inputs-a'), undefined);
    assert.equal(readCorpusEntry(entry, 'engine-1', 'inputs-b'), undefined);
  });

  test('a half-written or damaged entry is ignored', () => {
    for (const cut of [0, 10, entry.indexOf('\n') + 1, entry.length - 1]) assert.equal(readCorpusEntry(entry.slice(0, cut), 'engine-1', 'inputs-a'), undefined, `cut at ${cut}`);
    const at = entry.indexOf('1', entry.indexOf('\n'));
    assert.equal(readCorpusEntry(`${entry.slice(0, at)}2${entry.slice(at + 1)}`, 'engine-1', 'inputs-a'), undefined);
  });

  test('text that is not an analysis is ignored, even with a valid header', () => {
    for (const payload of ['{}', 'null', '[]', '{"documents":[]}']) {
      const junk = writeCorpusEntry(JSON.parse(payload), 'engine-1', 'inputs-a');
      assert.equal(readCorpusEntry(junk, 'engine-1', 'inputs-a'), undefined, payload);
    }
  });

  test('the inputs tell apart paths, texts, their order and the topics', () => {
    const base = corpusInputsText([{ path: 'a.txt', hash: '1' }, { path: 'b.txt', hash: '2' }], []);
    const others = [
      corpusInputsText([{ path: 'a.txt', hash: '1' }, { path: 'c.txt', hash: '2' }], []),
      corpusInputsText([{ path: 'a.txt', hash: '1' }, { path: 'b.txt', hash: '3' }], []),
      corpusInputsText([{ path: 'b.txt', hash: '2' }, { path: 'a.txt', hash: '1' }], []),
      corpusInputsText([{ path: 'a.txt', hash: '1' }], []),
      corpusInputsText([{ path: 'a.txt', hash: '1' }, { path: 'b.txt', hash: '2' }], [{ name: 'Harbour', phrases: ['harbour'] }]),
    ];
    assert.equal(new Set([base, ...others]).size, others.length + 1);
  });
});
