import * as assert from 'node:assert/strict';
import { anchorTarget, describeTarget, OffsetMap, TextTarget } from '../../../src/core/annotations';

/** The target of the `occurrence`-th copy of `quote` in `text`. */
function targetFor(text: string, quote: string, occurrence = 0): TextTarget {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  return describeTarget(new OffsetMap(text), start, start + quote.length);
}

/** Where a target went, as a user would judge it: trusted at an offset, shown for review at one, or an orphan. */
function verdict(text: string, target: TextTarget): string {
  const found = anchorTarget(new OffsetMap(text), target);
  if (!found) return 'orphan';
  return `${found.review ? 'review' : 'placed'} at ${found.start}`;
}

const FILLER = Array.from({ length: 12 }, (_, i) => `Filler sentence number ${i} says nothing at all.`).join('\n');

// Each test below reproduces one kind of edit that the long fuzz (`npm run fuzz`) found placing a
// tag on other text without a mark; each failed before the rule it names.
suite('anchorTarget: places that are not trusted without a look', () => {
  test('the old place still stands: a paragraph held twice loses its tagged copy, and the other copy is not trusted', () => {
    const paragraph = 'They met in a calm, professional and rational manner.\nAt the same time, the envoy made clear demands.\n';
    const text = paragraph + FILLER + '\n' + paragraph + 'The end.';
    const target = targetFor(text, 'At', 1);
    const edited = text.replace(/(\n)At the same time, the envoy made clear demands\.\nThe end/, '$1A new policy means something else.\nThe end');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('the old place still stands: a short quote edited in place does not slide onto a copy of it a few letters on', () => {
    const text = 'Blinken met Wang Yi in Beijing on Monday. Nothing else happened.';
    const target = targetFor(text, 'on');
    const edited = text.replace('Beijing on Monday', 'Beijing o  Monday');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('found away from where it was expected with its context changed: a like sentence is not trusted for a deleted one', () => {
    const text = 'The Foreign Ministry said.\n\nThe minister explained the position, as well as on “other essential concerns” of Beijing, underlines the press release.\n\nChina considers Taiwan its own.';
    const target = targetFor(text, 'of Beijing,');
    const edited = text
      .replace('said.\n\n', 'said.\n\n“other essential concerns” of Beijing, underlines the press release.\n\n')
      .replace('The minister explained the position, as well as on “other essential concerns” of Beijing, underlines the press release.\n', '');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('a short quote with one side of its context rewritten is not trusted on the like word now there', () => {
    const text = 'Taiwan was ruled for decades, and today it no longer claims to represent all of China.';
    const target = targetFor(text, 'to', 1);
    const edited = text.replace('to represent all of China', 'to free China');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('found away from where it was expected with its context changed: one differing mark far away is enough to doubt a short quote', () => {
    const first = '“On this issue, China will not make any compromises or concessions.”\n\nListing the other issues.\n';
    const second = 'He said “on this issue, China will not make any compromises or concessions,” Wang Yi told him.';
    const text = first + FILLER + '\n' + second;
    const target = targetFor(text, 'any');
    const edited = text.replace('will not make any compromises or concessions.”', 'October received challengescompromises or concessions.”');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('a short quote whose letters turn up inside the rewritten words beside it is not trusted there (one side lost)', () => {
    const text = 'A statement from the agency.\n“We have always placed our hopes in the American people and hope that ties continue.”';
    const target = targetFor(text, 'the', 1);
    const edited = text.replace('hopes in the American', 'hotheymerican');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('a short quote whose neighbouring letters changed on both sides is not trusted a letter off', () => {
    const text = 'A statement from the agency.\n“We have always placed our hopes in the American people and hope that ties continue.”';
    const target = targetFor(text, 'the', 1);
    const edited = text.replace('hopes in the American people', 'hopes ixthey Americans people');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('context and position disagree: the same sentence repeated right after the passage does not take the tag', () => {
    const text = 'Relations are “at their lowest point” since diplomatic relations were established in 1979.\nHowever, there was speculation.';
    const target = targetFor(text, 'established in');
    const edited = FILLER + '\n' + text.replace('1979.\n', '1979.\nsince diplomatic relations were established in 1979.\n');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('a passage moved as a whole, context intact, is still trusted where it went', () => {
    const line = 'The envoy said relations were improving after the talks.';
    const text = [line, FILLER, 'The end.'].join('\n');
    const target = targetFor(text, 'relations were');
    const edited = [FILLER, 'New words.', line, 'The end.'].join('\n');
    assert.equal(verdict(edited, target), `placed at ${edited.indexOf('relations were')}`);
  });
});
