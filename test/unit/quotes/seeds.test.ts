import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeSpeakers, findQuotations, QuoteLinker, type ResolvedMention } from '../../../src/core/quotes';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

// Mentions a careful entity pass would produce for the seeds, titles included, built by hand so these
// tests check the quotation code alone.
const MENTIONS: [RegExp, string, ResolvedMention['type']][] = [
  [/\b(?:Antony Blinken|Mr\. Blinken|Blinken)\b|\bthe US Secretary of State\b/g, 'blinken', 'person'],
  [/\b(?:Xi Jinping|Mr\. Xi|Xi)\b|\bthe Chinese head of state\b/g, 'xi', 'person'],
  [/\b(?:Qin Gang|Qin)\b|\b[Tt]he Chinese Minister of Foreign Affairs\b|\b[Tt]he Chinese [Ff]oreign [Mm]inister\b/g, 'qin', 'person'],
  [/\bWang Yi\b/g, 'wang', 'person'],
  [/\bMatthew Miller\b/g, 'miller', 'person'],
  [/\bDaniel Kritenbrink\b/g, 'kritenbrink', 'person'],
  [/\bShi Yinhong\b/g, 'shi', 'person'],
  [/\b(?:Joe Biden|Biden)\b/g, 'biden', 'person'],
  [/\bKurt Campbell\b/g, 'campbell', 'person'],
  [/\b(?:the )?State Department\b/g, 'state-department', 'organization'],
  [/\bCCTV\b/g, 'cctv', 'organization'],
  [/\bthe New China news agency\b/g, 'xinhua', 'organization'],
  [/\b(?:China|Beijing|Taiwan|Washington)\b/g, 'place', 'place'],
];

function mentionsOf(text: string): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const [re, entityId, type] of MENTIONS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!out.some((o) => o.start < end && o.end > start)) out.push({ start, end, entityId, type });
    }
  }
  return out;
}

const docs = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f.slice(0, 3), text: readFileSync(join(SEEDS, f), 'utf8') }));
const analysed = docs.map(({ name, text }) => {
  const quotes = findQuotations(text);
  const who = attributeSpeakers(text, quotes, mentionsOf(text));
  return { name, text, quotes: quotes.map((q, i) => ({ ...q, ...who[i], text: text.slice(q.start, q.end) })) };
});

/** The speaker id and naming text of the quotation in `doc` that starts with `opening`. */
function speakerOf(doc: string, opening: string): [string | null, string] {
  const q = analysed.find((d) => d.name === doc)?.quotes.find((x) => x.text.startsWith(opening));
  assert.ok(q, `no quotation starting ${JSON.stringify(opening)} in ${doc}`);
  return [q.speaker, q.speakerText];
}

suite('quotations on the seed articles', () => {
  test('speakers a careful reader expects', () => {
    const expected: [string, string, string | null][] = [
      ['000', 'You are the first American friend', 'xi'],
      ['000', 'We have always placed', 'xi'],
      ['000', 'frank, substantial and constructive', 'miller'],
      ['000', 'The Taiwan issue constitutes', 'qin'],
      ['000', 'China urges', 'qin'],
      ['000', 'This is not in line', 'qin'],
      ['001', 'Both sides have made progress', 'xi'],
      ['001', 'In every meeting, I insisted', 'blinken'],
      ['001', 'There is a need to make a choice', 'wang'],
      ['001', 'While it is very opaquely', 'blinken'],
      ['002', 'I think it was more embarrassing', 'biden'],
      ['002', 'I hope over the next few months', 'biden'],
      ['002', 'I don’t think the leaders knew', 'biden'],
      ['003', 'Mr. Blinken will meet', 'state-department'],
      ['003', 'We are not going to Beijing', 'kritenbrink'],
      ['003', 'Since the beginning of the year', 'qin'],
      ['003', 'Both the United States and China wish', 'shi'],
      // Wang Yi's words, quoted first in a paragraph of Blinken's and again with his name.
      ['001', 'On this issue, China will not make', 'wang'],
      // "His counterpart said", after Blinken's talks with Qin Gang.
      ['004', 'work in the same direction', 'qin'],
    ];
    assert.deepEqual(
      expected.map(([doc, opening]) => [doc, opening, speakerOf(doc, opening)[0]]),
      expected,
    );
  });

  test('anonymous sources a careful reader expects', () => {
    assert.deepEqual(speakerOf('000', 'It was a real conversation'), [null, 'A senior US official']);
    assert.deepEqual(speakerOf('004', 'We tried several times'), [null, 'the diplomat']);
  });

  test('the stray heading is not a quotation and the open quotation ends before its attribution', () => {
    assert.ok(!analysed[0].quotes.some((q) => q.text === 'Danger'));
    assert.match(speakerOf('001', 'While it is very opaquely')[1], /Antony Blinken/);
    assert.ok(analysed[1].quotes.some((q) => q.text.endsWith('to provide these specific technologies to China ?')));
  });

  test('clusters a careful reader expects, with unmarked restatements', () => {
    const linker = new QuoteLinker();
    for (const d of analysed) linker.setDocument(d.name, d.text, d.quotes);
    const text = (doc: string) => analysed.find((d) => d.name === doc)?.text ?? '';
    const clusters = linker.link().clusters.map((c) => c.members.map((m) => `${m.doc} ${text(m.doc).slice(m.start, m.end).slice(0, 20)}`));
    assert.deepEqual(clusters, [
      // "do not expect major breakthroughs", reported by US officials in one outlet and quoted in another, where the
      // word is cut from Daniel Kritenbrink's statement a paragraph on.
      ['000 breakthroughs', '003 breakthroughs', '003 We are not going to '],
      ['000 frank, substantial a', '001 frank, substantial a', '002 candid, substantial ', '004 frank, deep and cons'],
      ['000 the importance of di', '001 the importance of di', '002 the importance of di'],
      // Seed 002 reports it as Qin's words without quotation marks.
      ['000 at their lowest', '001 at their lowest', '002 at their lowest', '004 at its lowest point'],
      ['000 This is not in line ', '001 This is not in line ', '002 This is not in line '],
      ['000 The Taiwan issue con', '002 the Taiwan issue is '],
      // Qin Gang's demand on Taiwan: one outlet quotes it whole, another quotes the principle out of it.
      ['000 China urges the Unit', '004 one China principle'],
      // ... and goes on with his next demand, quoted in one outlet and reported in the other's same sentence.
      ['000 to implement its com', '004 honor its commitment'],
    ]);
  });
});
