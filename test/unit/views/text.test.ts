import * as assert from 'node:assert/strict';
import { codeSpan, commandLink, commandUri, escapeMarkdown } from '../../../src/core/views/markdown';
import { lineAround, plural, truncate } from '../../../src/core/views/text';

suite('text and markdown helpers', () => {
  test('the line around an offset comes without its break, with a zero-based line number', () => {
    const text = 'first\r\nsecond line\nthird';
    assert.deepEqual(lineAround(text, text.indexOf('line')), { text: 'second line', start: 7, line: 1 });
    assert.deepEqual(lineAround(text, 0), { text: 'first', start: 0, line: 0 });
    assert.equal(lineAround(text, text.length).text, 'third');
  });

  test('truncation ends at a word boundary with an ellipsis', () => {
    assert.equal(truncate('short', 10), 'short');
    assert.equal(truncate('the quick brown fox jumps', 16), 'the quick brown…');
  });

  test('plural picks the right form', () => {
    assert.equal(plural(1, 'source'), '1 source');
    assert.equal(plural(3, 'entity', 'entities'), '3 entities');
  });

  test('escaping defuses emphasis, links, HTML, icons and line breaks', () => {
    const escaped = escapeMarkdown('*a* [b](command:x) <img src=y> $(zap) _c_\n# d');
    assert.ok(!/(?<!\\)[*[\]()<>$_#]/.test(escaped), escaped);
    assert.ok(!escaped.includes('\n'));
  });

  test('command links carry JSON arguments in the URI and an escaped label', () => {
    assert.equal(commandUri('m.go'), 'command:m.go');
    assert.deepEqual(JSON.parse(decodeURIComponent(commandUri('m.go', 'a b', 3).split('?')[1])), ['a b', 3]);
    assert.match(commandLink('[x]', 'm.go', [], 'zap'), /^\[\$\(zap\) \\\[x\\\]\]\(command:m\.go /);
  });

  test('a code span survives backticks in its text', () => {
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x'), '`` `x ``');
  });
});
