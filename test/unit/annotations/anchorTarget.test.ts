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
  return found && { text: text.slice(found.start, found.end), start: found.start, tier: found.tier, review: found.review };
}

/** Where a target went, as a user would judge it: trusted at an offset, shown for review at one, or an orphan. */
function verdict(text: string, target: TextTarget): string {
  const found = anchorTarget(new OffsetMap(text), target);
  if (!found) return 'orphan';
  return `${found.review ? 'review' : 'placed'} at ${found.start}`;
}

const LONG_FILLER = Array.from({ length: 150 }, (_, i) => `Filler sentence number ${i} says nothing at all.`).join('\n');

const ARTICLE = [
  'The summit opened in the capital under heavy rain and tight security.',
  'Xi Jinping welcomed Blinken warmly at the guest house on Monday morning.',
  'Officials on both sides called the talks candid and constructive.',
  'Trade was discussed at length, “with no breakthrough”, one aide said.',
].join('\n');

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

  test('a new sentence with the same quote at the old position does not take the tag silently', () => {
    const target = targetFor(ARTICLE, 'Xi Jinping');
    const edited = ARTICLE.replace('Xi Jinping welcomed', 'Xi Jinping met Bill Gates last week.\nXi Jinping welcomed');
    const trueStart = edited.indexOf('Xi Jinping welcomed');
    assert.ok([`placed at ${trueStart}`, `review at ${trueStart}`, `review at ${edited.indexOf('Xi Jinping met')}`].includes(verdict(edited, target)));
  });

  test('a paragraph moved far to the end is found there, not on a nearby copy that shares one side of context', () => {
    const opening = 'The summit opened in the capital under heavy rain.';
    const moved = 'The envoy called the talks candid and constructive on Monday, aides said.';
    const text = [opening, moved, LONG_FILLER].join('\n');
    const edited = [opening, 'Critics dismissed the talks candid and constructive on Monday.', LONG_FILLER, moved].join('\n');
    const trueStart = edited.lastIndexOf('the talks');
    assert.match(verdict(edited, targetFor(text, 'the talks')), new RegExp(`^(placed|review) at ${trueStart}$`));
  });

  test('a deleted sentence is never silently tagged on a similar sentence elsewhere', () => {
    const long = targetFor(ARTICLE, 'Officials on both sides called the talks candid and constructive.');
    const short = targetFor(ARTICLE, 'candid and constructive');
    const edited = ARTICLE.replace(/Officials on both sides[^\n]*\n/, '') + '\nLater, officials on all sides called the visit candid and useful.\nA candid and constructive tone is rare.';
    assert.doesNotMatch(verdict(edited, long), /^placed/);
    assert.doesNotMatch(verdict(edited, short), /^placed/);
  });

  test('a second copy of the passage that took on its old surroundings is not trusted over the passage still in place', () => {
    // The article holds the sentence twice; the line after the tagged copy moves next to the other.
    const lines = ['Talks in Bali raised cautious hopes of a thaw in relations.', 'But an interview changed the mood.', 'Then came the balloon affair.', LONG_FILLER.slice(0, 900), 'Talks in Bali raised cautious hopes of a thaw in relations.', 'The last line.'];
    const text = lines.join('\n');
    const target = targetFor(text, 'of a thaw in relations.');
    const edited = [lines[0], lines[2], lines[3], lines[4], lines[1], lines[5]].join('\n');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('a short quote whose sentence was deleted is not trusted on a like sentence far away', () => {
    const first = 'He warned on core interests, and “on this issue, China will not make any compromises or concessions.”';
    const second = 'Of the Taiwan Strait, he said. “On this issue, China will not make any compromises or concessions.”';
    const text = [second, LONG_FILLER.slice(0, 1500), first, 'The end.'].join('\n');
    const target = targetFor(text, 'China will not', 1);
    const edited = text.replace(first + '\n', '');
    assert.doesNotMatch(verdict(edited, target), /^placed/);
  });

  test('one changed character in the context does not let an exact copy elsewhere win', () => {
    const padding = Array.from({ length: 80 }, (_, i) => `Padding line ${i} here.`).join('\n');
    const first = 'Trade was discussed at length, “with no breakthrough”, one aide said.\nThe end of it.\n';
    const copy = 'Over dinner, “with no breakthrough”, one aide said.\nThe end of it.\n';
    const target = targetFor(first + copy + padding, 'with no breakthrough');
    const edited = 'New line.\n' + first.replace('“with', '"with') + copy + padding;
    assert.equal(verdict(edited, target), `placed at ${edited.indexOf('with no breakthrough')}`);
  });

  test('two places that match equally well: placed at the nearer, marked for review', () => {
    const text = 'Intro line one here.\nThe minister said yes to the plan.\nOther words follow now.';
    const target = targetFor(text, 'said yes');
    const edited = 'Something else entirely.\nThe minister said yes to the plan.\nA different ending.\nThe minister said yes to the plan.\nMore.';
    assert.equal(verdict(edited, target), `review at ${edited.indexOf('said yes')}`);
  });

  test('a long quote found once with no context left is shown for review, not trusted', () => {
    const target = targetFor(ARTICLE, 'welcomed Blinken warmly at the guest house');
    const edited = 'Entirely new opening text. welcomed Blinken warmly at the guest house. Nothing else.';
    assert.equal(verdict(edited, target), `review at ${edited.indexOf('welcomed')}`);
  });
  test('a target another tool wrote without context is placed by its quote and position, not orphaned', () => {
    const start = TEXT.indexOf('envoy');
    const target = { exact: 'envoy', prefix: '', suffix: '', start, end: start + 5 };
    assert.equal(verdict(TEXT, target), `placed at ${start}`);
    assert.equal(verdict('Update. ' + TEXT, target), `placed at ${start + 8}`);
  });
});
