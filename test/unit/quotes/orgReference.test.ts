import * as assert from 'node:assert/strict';
import { attributeSpeakers, findQuotations, type ResolvedMention } from '../../../src/core/quotes';

type Kind = ResolvedMention['type'];

/** Each quotation's speaker as a reader sees it: the entity id, else the naming text, else null. */
function who(text: string, table: [string, string, Kind][]): (string | null)[] {
  const mentions: ResolvedMention[] = [];
  for (const [phrase, entityId, type] of table) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) mentions.push({ start: i, end: i + phrase.length, entityId, type });
  }
  mentions.sort((a, b) => a.start - b.start);
  return attributeSpeakers(text, findQuotations(text), mentions).map((a) => a.speaker ?? (a.speakerText || null));
}

const ORGS: [string, string, Kind][] = [['Kestrel Agency', 'o:kestrel', 'organization'], ['Acme Inc.', 'o:acme', 'organization'], ['Tom Reed', 'p:reed', 'person'], ['Daily Post', 'o:post', 'organization']];

suite('organisations referred back to: "it", "the company", "the agency"', () => {
  test('"it" before a reporting verb stands for the organisation the sentence before put forward', () => {
    assert.deepEqual(who('The Kestrel Agency released figures on Monday. “Demand is up,” it said.', ORGS), ['o:kestrel']);
  });

  test('"the company", "the agency", "the paper" stand for the latest organisation of that kind named before', () => {
    assert.deepEqual(who('Acme Inc. cut 40 jobs. “We regret it,” the company said.', ORGS), ['o:acme']);
    assert.deepEqual(who('The Kestrel Agency met Acme Inc. on Friday. “Talks went well,” the agency said.', ORGS), ['o:kestrel']);
    assert.deepEqual(who('The Daily Post ran an editorial. “He must go,” the paper wrote.', ORGS), ['o:post']);
  });

  test('an "it" that may be a document gives the document’s writer, or nobody', () => {
    assert.deepEqual(who('Tom Reed wrote in the affidavit. It continued: “She was pushed.”', ORGS), ['p:reed']);
    assert.deepEqual(who('Acme Inc. sent an email. “Friend, give now,” the email read. It stated that rivals were “in a panic.”', ORGS).slice(-1), [null]);
  });

  test('with no organisation of that kind before, the description stays unresolved and "it" names nobody', () => {
    assert.deepEqual(who('Tom Reed spoke on Monday. “Demand is up,” the paper said.', ORGS), ['the paper']);
    assert.deepEqual(who('Tom Reed spoke on Monday. “Demand is up,” it said.', ORGS), [null]);
  });
});

suite('documents, ages and organisations before a titled person', () => {
  test('a press release or statement speaks for the organisation that issued it, named just before', () => {
    const table: [string, string, Kind][] = [['Kestrel Ministry', 'o:kestrel', 'organization'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(who('Tom Reed spoke on Wednesday, the Kestrel Ministry said.\n\nHe “explained the position”, underlines the press release.', table), ['o:kestrel']);
    assert.deepEqual(who('Tom Reed spoke on Wednesday.\n\nHe “explained the position”, underlines the press release.', table), ['the press release']);
  });

  test('an age in apposition keeps the name as the speaker: "John Smith, 54, said"', () => {
    const table: [string, string, Kind][] = [['Tom Reed', 'p:reed', 'person'], ['Ohio', 'pl:ohio', 'place']];
    assert.deepEqual(who('“I never voted before,” Tom Reed, 54, said.', table), ['p:reed']);
    assert.deepEqual(who('Tom Reed, 54, a welder from Ohio, said: “I never voted before.”', table), ['p:reed']);
  });

  test('an organisation in a title does not take the titled person’s quotation', () => {
    const table: [string, string, Kind][] = [['White House', 'o:wh', 'organization'], ['Josh Earnest', 'p:earnest', 'person']];
    assert.deepEqual(who('“We are watching,” White House press secretary Josh Earnest said.', table), ['p:earnest']);
    assert.deepEqual(who('“We are watching,” said White House press secretary Josh Earnest.', table), ['p:earnest']);
  });
});
