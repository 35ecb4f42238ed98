import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/annotations';

suite('OffsetMap', () => {
  test('plain text has the same offsets in code points and UTF-16', () => {
    const map = new OffsetMap('hello');
    assert.equal(map.toUtf16(3), 3);
    assert.equal(map.toCodePoint(3), 3);
    assert.equal(map.codePointLength, 5);
  });

  test('an emoji counts as one code point but two UTF-16 units', () => {
    const text = 'a😀b🇹🇼c';
    const map = new OffsetMap(text);
    assert.equal(map.codePointLength, [...text].length);
    // "b" follows one emoji: code point 2, UTF-16 offset 3.
    assert.equal(map.toUtf16(2), 3);
    assert.equal(text[map.toUtf16(2)], 'b');
    assert.equal(text[map.toUtf16(5)], 'c');
    assert.equal(map.toCodePoint(text.indexOf('c')), 5);
  });

  test('every code point offset survives a round trip through UTF-16', () => {
    const text = '𝐀x😀\r\ny中😀😀z';
    const map = new OffsetMap(text);
    for (let cp = 0; cp <= map.codePointLength; cp++) assert.equal(map.toCodePoint(map.toUtf16(cp)), cp);
  });

  test('CRLF counts as two code points, as the editor counts it', () => {
    const map = new OffsetMap('one\r\ntwo');
    assert.equal(map.toUtf16(5), 5);
    assert.equal(map.text.slice(map.toUtf16(5)), 'two');
  });

  test('an offset inside a surrogate pair rounds down to the start of its character', () => {
    const map = new OffsetMap('a😀b');
    assert.equal(map.toCodePoint(2), 1);
  });

  test('offsets outside the text are clamped to it', () => {
    const map = new OffsetMap('ab😀');
    assert.equal(map.toUtf16(99), 4);
    assert.equal(map.toUtf16(-3), 0);
    assert.equal(map.toCodePoint(99), 3);
  });
});
