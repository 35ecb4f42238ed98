import * as assert from 'node:assert/strict';
import { paragraphs, sentences } from '../../../src/core/quotes/text';

const slices = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

suite('quotes text helpers', () => {
  test('each line is a paragraph, and blank lines separate paragraphs', () => {
    const text = 'Title line\n\nFirst paragraph here.\nSecond paragraph here.\n';
    assert.deepEqual(slices(text, paragraphs(text)), ['Title line', 'First paragraph here.', 'Second paragraph here.']);
  });

  test('a hard-wrapped paragraph continues on its next line', () => {
    const text = 'The minister said the two countries would keep talking and\nthen left the room.\n\nNext.';
    assert.deepEqual(slices(text, paragraphs(text)), ['The minister said the two countries would keep talking and\nthen left the room.', 'Next.']);
  });

  test('sentences do not break after titles, initials or inside a quotation', () => {
    const text = 'Mr. Blinken met U.S. officials. “We agree. We will go,” he said. It ended.';
    const inside = (pos: number) => pos > 31 && pos < 50;
    assert.deepEqual(slices(text, sentences(text, { start: 0, end: text.length }, inside)), [
      'Mr. Blinken met U.S. officials.',
      '“We agree. We will go,” he said.',
      'It ended.',
    ]);
  });
});
