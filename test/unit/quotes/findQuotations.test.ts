import * as assert from 'node:assert/strict';
import { findQuotations } from '../../../src/core/quotes';

/** The quoted texts a reader would see highlighted, in order. */
function quoted(text: string): string[] {
  return findQuotations(text).map((q) => text.slice(q.start, q.end));
}

function only(text: string) {
  const found = findQuotations(text);
  assert.equal(found.length, 1, `expected one quotation in ${JSON.stringify(text)}`);
  return { ...found[0], text: text.slice(found[0].start, found[0].end) };
}

suite('findQuotations', () => {
  test('finds curly double quotes and excludes the marks', () => {
    assert.deepEqual(quoted('“We will go there tomorrow,” she said.'), ['We will go there tomorrow']);
  });

  test('finds straight double quotes', () => {
    assert.deepEqual(quoted('He said "the plan is working well" and left. Then "another"'), ['the plan is working well', 'another']);
  });

  test('reads two single marks side by side as one double mark, as archived newspapers write them', () => {
    assert.deepEqual(quoted("He was challenged over his statement that ''Islam hates us,'' but kept calm."), ['Islam hates us']);
    assert.deepEqual(quoted("''Maybe the difference between us,'' he wondered aloud. ''It was a real talk.''"), [
      'Maybe the difference between us',
      'It was a real talk.',
    ]);
    assert.deepEqual(quoted('She called it ‘‘a historic day’’ on Monday.'), ['a historic day']);
  });

  test('finds French guillemets with spaces inside', () => {
    assert.deepEqual(quoted('Il a dit « nous ne céderons pas sur ce point » hier.'), ['nous ne céderons pas sur ce point']);
  });

  test('finds German low-high quotes and reversed guillemets', () => {
    assert.deepEqual(quoted('Er sagte „wir kommen morgen wieder“ und ging. Sie sagte »niemals wieder«.'), [
      'wir kommen morgen wieder',
      'niemals wieder',
    ]);
  });

  test('accepts a right mark opening a quotation', () => {
    assert.deepEqual(quoted('She called it ”a historic day for the region” on Monday.'), ['a historic day for the region']);
  });

  test('accepts a quotation opened with “ and closed with »', () => {
    assert.deepEqual(quoted('“China is ready to talk to everyone. » The talks went on.'), ['China is ready to talk to everyone.']);
  });

  test('accepts a left mark closing a quotation with a space before it', () => {
    assert.deepEqual(quoted('They pledged “to keep every channel open “, he underlined.'), ['to keep every channel open']);
  });

  test('ends a quotation left open at the end of its paragraph', () => {
    const text = '“We will not give up on this at all.\nThe next paragraph is narration.';
    assert.deepEqual(quoted(text), ['We will not give up on this at all.']);
  });

  test('ends an open quotation before a trailing attribution', () => {
    assert.deepEqual(quoted('“Why should we help them now? asked the minister.'), ['Why should we help them now?']);
  });

  test('does not treat a short marked heading line as a quotation', () => {
    assert.deepEqual(quoted('First paragraph of narration here.\n” Danger ”\nMore narration follows.'), []);
  });

  test('a short pull quote in single marks set between paragraphs is a subheading, not another quotation', () => {
    const text = '“It was a tough call,” she said.\n\n\'A tough call.\'\n\nThe vote came later.';
    assert.deepEqual(quoted(text), ['It was a tough call']);
    assert.deepEqual(quoted('The vote came.\n\n‘We will never give up on this town, whatever they say about us now.’\n\nIt rained.'), ['We will never give up on this town, whatever they say about us now.']);
  });

  test('apostrophes are not quote marks', () => {
    assert.deepEqual(quoted('Blinken’s trip and the Blinkens’ house, don’t worry, the ’90s were fine.'), []);
    assert.deepEqual(quoted("Blinken's trip and the Blinkens' house, don't worry, the '90s were fine."), []);
  });

  test('finds single-quoted quotations in a headline next to apostrophes', () => {
    assert.deepEqual(quoted('Minister’s warning: ‘We won’t back down’'), ['We won’t back down']);
    assert.deepEqual(quoted("Blair 'will not quit' over row"), ['will not quit']);
  });

  test('single marks inside a double quotation stay part of it', () => {
    assert.deepEqual(quoted('"He told me \'no way\' twice," she said.'), ["He told me 'no way' twice"]);
  });

  test('tells full quotations from fragments', () => {
    assert.equal(only('He wants to “stabilize” ties.').kind, 'fragment');
    assert.equal(only('It would cross “a red line”.').kind, 'fragment');
    assert.equal(only('“We tried several times to call them,” she said.').kind, 'full');
    assert.equal(only('“Enough.” He left.').kind, 'full');
  });

  test('finds direct speech that lost its marks before a trailing attribution', () => {
    const q = only('I think it was more embarrassing than intentional, Biden told reporters on Saturday.');
    assert.equal(q.text, 'I think it was more embarrassing than intentional');
    assert.equal(q.marked, false);
    assert.equal(q.kind, 'full');
  });

  test('finds unmarked speech after "saying:"', () => {
    const q = only('He played it down, saying: I don’t think the leaders knew where it was.');
    assert.equal(q.text, 'I don’t think the leaders knew where it was');
    assert.equal(q.marked, false);
  });

  test('does not take reported speech for unmarked direct speech', () => {
    assert.deepEqual(quoted('Qin Gang stressed that the issue is the core of their interests, state media reported.'), []);
    assert.deepEqual(quoted('Sales rose sharply over the last year, the company said.'), []);
  });
});
