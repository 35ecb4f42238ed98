import * as assert from 'node:assert/strict';
import { anchorTarget, describeTarget, OffsetMap, TextTarget } from '../../../src/core/annotations';

const TEXT = 'Officials met on Monday. The envoy said relations were improving. Talks resume in May.';

function targetFor(text: string, quote: string, occurrence = 0): TextTarget {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  return describeTarget(new OffsetMap(text), start, start + quote.length);
}

function place(text: string, target: TextTarget) {
  const found = anchorTarget(new OffsetMap(text), target);
  return found && { text: text.slice(found.start, found.end), start: found.start, tier: found.tier };
}

suite('anchorTarget', () => {
  test('a target keeps 32 code points of context on each side', () => {
    const text = '😀'.repeat(40) + 'quote' + '🇹'.repeat(40);
    const target = targetFor(text, 'quote');
    assert.equal(target.prefix, '😀'.repeat(32));
    assert.equal(target.suffix, '🇹'.repeat(32));
    assert.deepEqual([target.start, target.end], [40, 45]);
  });

  test('tier 1: an unchanged text places the quote at its stored position', () => {
    const found = place(TEXT, targetFor(TEXT, 'the envoy'.replace('the', 'The')));
    assert.deepEqual(found && [found.text, found.tier], ['The envoy', 'position']);
  });

  test('tier 2: after an edit above it the quote is found again by exact search', () => {
    const target = targetFor(TEXT, 'relations were improving');
    const edited = 'BREAKING. ' + TEXT;
    const found = place(edited, target);
    assert.deepEqual(found && [found.text, found.start, found.tier], ['relations were improving', edited.indexOf('relations'), 'exact']);
  });

  test('tier 2: of several copies of a quote, the one whose context agrees wins', () => {
    const text = 'He said yes. Then she said yes. Finally they said yes.';
    const target = targetFor(text, 'yes', 1);
    const edited = 'Update: ' + text.replace('He said', 'He had said');
    const found = anchorTarget(new OffsetMap(edited), target);
    assert.equal(found?.start, edited.indexOf('she said yes') + 9);
  });

  test('tier 2: a short quote found only far away with no agreeing context is not trusted', () => {
    const text = 'alpha beta gamma. ' + 'filler '.repeat(20) + 'delta beta epsilon';
    const target = targetFor(text, 'beta');
    const edited = text.replace('alpha beta gamma', 'something else entirely');
    assert.equal(place(edited, target)?.start, undefined);
  });

  test('tier 3: a quote edited slightly is found by fuzzy search', () => {
    const target = targetFor(TEXT, 'relations were improving');
    const edited = TEXT.replace('relations were improving', 'relations are improving');
    const found = place(edited, target);
    assert.deepEqual(found && [found.text, found.tier], ['relations are improving', 'fuzzy']);
  });

  test('tier 3: fuzzy search still works when the passage also moved far away', () => {
    const target = targetFor(TEXT, 'relations were improving');
    const edited = 'x'.repeat(10000) + TEXT.replace('were improving', 'were improvin');
    assert.equal(place(edited, target)?.text, 'relations were improvin');
  });

  test('a quote that was deleted cannot be placed: the annotation becomes an orphan', () => {
    const target = targetFor(TEXT, 'The envoy said relations were improving.');
    const edited = TEXT.replace(' The envoy said relations were improving.', '');
    assert.equal(place(edited, target), undefined);
  });

  test('a quote rewritten beyond a quarter of its length is an orphan, not a wild guess', () => {
    const target = targetFor(TEXT, 'relations were improving');
    const edited = TEXT.replace('relations were improving', 'ties looked much better');
    assert.equal(place(edited, target), undefined);
  });

  test('positions in code points still place a quote after emoji and CRLF', () => {
    const text = 'Intro 😀😀\r\nThe envoy 🇹🇼 spoke.\r\nEnd';
    const target = targetFor(text, 'spoke');
    assert.equal(target.start, [...text.slice(0, text.indexOf('spoke'))].length);
    const found = place(text, target);
    assert.deepEqual(found && [found.text, found.tier], ['spoke', 'position']);
    const edited = '🎉\r\n' + text;
    assert.equal(place(edited, target)?.start, edited.indexOf('spoke'));
  });
});
