import * as assert from 'node:assert/strict';
import { attributeSpeakers, findQuotations, QuoteLinker, type QuoteLink } from '../../../src/core/quotes';

/** The links found across short inline articles, as "kind: text | text" lines a reader can check. */
function linksOf(docs: Record<string, string>): string[] {
  const linker = new QuoteLinker();
  for (const [doc, text] of Object.entries(docs)) {
    const quotes = findQuotations(text);
    const who = attributeSpeakers(text, quotes, []);
    linker.setDocument(doc, text, quotes.map((q, i) => ({ ...q, ...who[i] })));
  }
  const slice = (m: QuoteLink['a']) => docs[m.doc].slice(m.start, m.end);
  return linker.link().links.filter((l) => l.a.doc !== l.b.doc).map((l) => `${l.kind}${l.kind === 'exact' ? ` ${l.score}` : ''}: ${slice(l.a)} | ${slice(l.b)}`);
}

suite('link kinds', () => {
  test('the same words in two outlets are an exact link with score 1', () => {
    const links = linksOf({
      a: 'The senator said: “We will never abandon the farmers of this valley.” He left soon after.',
      b: '“We will never abandon the farmers of this valley,” the senator told the crowd on Friday.',
    });
    assert.deepEqual(links, ['exact 1: We will never abandon the farmers of this valley. | We will never abandon the farmers of this valley']);
  });

  test('a fragment quoted out of a longer statement is a partial link', () => {
    const links = linksOf({
      a: 'The governor said the new levy would “hit every family in the county hard” next winter.',
      b: '“I am convinced this levy will hit every family in the county hard, and I will fight it,” the governor said.',
    });
    assert.deepEqual(links, ['partial: hit every family in the county hard | I am convinced this levy will hit every family in the county hard, and I will fight it']);
  });

  test('a quotation reported as indirect speech elsewhere is a paraphrase link', () => {
    const links = linksOf({
      a: '“We do not pay candidates to appear at debates,” the network chief said on Thursday.',
      b: 'The network chief responded by saying that the network doesn’t pay candidates to appear at its debates.',
    });
    assert.equal(links.length, 1);
    assert.match(links[0], /^paraphrase: We do not pay candidates to appear at debates \| the network doesn’t pay candidates to appear at its debates$/);
  });

  test('a programme title quoted in two outlets is not a link', () => {
    assert.deepEqual(
      linksOf({
        a: 'She told viewers of “Good Morning America” that the vote would be close, the host said.',
        b: 'He later appeared on “Good Morning America” to defend the plan against critics, aides said.',
      }),
      [],
    );
  });

  test('a slogan on a cap and the same slogan in a speech are not a link', () => {
    assert.deepEqual(
      linksOf({
        a: 'Protesters wore caps reading “Make America Great Again” outside the hall on Monday.',
        b: 'The crowd chanted “Make America Great Again” as the candidate took the stage in Ohio.',
      }),
      [],
    );
  });

  test('a nickname glued to a name is not a link', () => {
    assert.deepEqual(
      linksOf({
        a: 'Trump mocked his rival as “crooked” Hillary at the rally in Florida on Monday.',
        b: 'Trump mocked his rival as “crooked” Hillary again at a rally in Florida on Tuesday.',
      }),
      [],
    );
  });

  test('the same speaker on another occasion, sharing only a talking point’s words, is not a link', () => {
    assert.deepEqual(
      linksOf({
        a: '“Our schools need more teachers and smaller classes before anything else,” the mayor said at a rally.',
        b: '“Teachers in this city have been ignored for a decade and the classes keep growing,” the mayor said in an interview.',
      }),
      [],
    );
  });
});
