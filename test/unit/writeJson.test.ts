import * as assert from 'node:assert/strict';
import { writeJson } from '../../src/node/writeJson';

function written(value: Record<string, unknown>): { text: string; chunks: number } {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c));
  return { text: chunks.join(''), chunks: chunks.length };
}

suite('writeJson', () => {
  test('writes what JSON.stringify writes, byte for byte, for the values an analysis holds and the odd ones', () => {
    const value = {
      documents: [{ path: 'a.txt', length: 3, title: null }, { path: 'b "quoted" \u2028.txt', length: 0 }],
      empty: [],
      gone: undefined,
      fn: () => 1,
      nested: { list: [1, 'two', [3]], none: undefined },
      holes: [undefined, () => 2, null, NaN, new Date(0)],
      count: 7,
      last: 'end',
    };
    assert.equal(written(value).text, JSON.stringify(value));
    assert.equal(written({}).text, JSON.stringify({}));
    assert.equal(written({ gone: undefined, kept: 1 }).text, JSON.stringify({ gone: undefined, kept: 1 }));
  });

  test('a large array reaches the writer in several chunks, never as one text', () => {
    const quotes = Array.from({ length: 50_000 }, (_, i) => ({ id: `q:${i}`, text: 'a quotation of some length '.repeat(2) }));
    const { text, chunks } = written({ quotes });
    assert.equal(text, JSON.stringify({ quotes }));
    assert.ok(chunks > 1, `${chunks} chunk(s)`);
  });
});
