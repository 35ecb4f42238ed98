import * as assert from 'node:assert/strict';
import { attributeSpeakers, findQuotations, type ResolvedMention } from '../../../src/core/quotes';

type Kind = ResolvedMention['type'];

/** Builds mentions by hand: every occurrence of each phrase becomes a mention of the given entity. */
function mentionsOf(text: string, table: [string, string, Kind][]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const [phrase, entityId, type] of table) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
      out.push({ start: i, end: i + phrase.length, entityId, type });
    }
  }
  return out;
}

/** Each quotation's text with its speaker id and the naming text, as a reader would check them. */
function speakers(text: string, table: [string, string, Kind][]): [string, string | null, string][] {
  const quotes = findQuotations(text);
  return attributeSpeakers(text, quotes, mentionsOf(text, table)).map((a, i) => [text.slice(quotes[i].start, quotes[i].end), a.speaker, a.speakerText]);
}

suite('attributeSpeakers', () => {
  test('a name after the quotation and its verb is the speaker', () => {
    const text = '“We will keep talking to them,” said Anna Berg, the envoy.';
    assert.deepEqual(speakers(text, [['Anna Berg', 'p:berg', 'person']]), [['We will keep talking to them', 'p:berg', 'Anna Berg']]);
  });

  test('a name before the verb after the quotation is the speaker, not the person told', () => {
    const text = '“The door is open for everyone,” Anna Berg told Tom Reed on Friday.';
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(speakers(text, table), [['The door is open for everyone', 'p:berg', 'Anna Berg']]);
  });

  test('a verb before the quotation names its subject', () => {
    const text = 'Tom Reed stressed on Monday that talks would focus on “concrete steps”.';
    assert.deepEqual(speakers(text, [['Tom Reed', 'p:reed', 'person']]), [['concrete steps', 'p:reed', 'Tom Reed']]);
  });

  test('a title mention carries the entity it was resolved to', () => {
    const text = '“You are welcome here,” the Ruritanian head of state told him.';
    assert.deepEqual(speakers(text, [['the Ruritanian head of state', 'p:king', 'person']]), [['You are welcome here', 'p:king', 'the Ruritanian head of state']]);
  });

  test('a pronoun resolves to the speaker of the previous quotation, not to the addressee', () => {
    const text = '“You are the first friend I have met,” Anna Berg told Tom Reed.\n“We hope this friendship lasts,” he said.';
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(speakers(text, table)[1], ['We hope this friendship lasts', 'p:berg', 'he']);
  });

  test('a pronoun resolves to the subject of the previous sentence', () => {
    const text = 'On Monday, Anna Berg met Tom Reed in the capital. “There is a need to choose now,” she stressed.';
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(speakers(text, table), [['There is a need to choose now', 'p:berg', 'she']]);
  });

  test('anonymous sources give no entity but keep the phrase', () => {
    assert.deepEqual(speakers('“We tried several times,” said the diplomat.', []), [['We tried several times', null, 'the diplomat']]);
    const text = 'A senior US official, speaking on condition of anonymity, said the talks went well.\n“It was a real conversation,” he said.';
    assert.deepEqual(speakers(text, [['US', 'pl:us', 'place']]), [['It was a real conversation', null, 'A senior US official']]);
    assert.deepEqual(speakers('He hoped for “a breakthrough”, according to people familiar with the matter.', []), [
      ['a breakthrough', null, 'people familiar with the matter'],
    ]);
  });

  test('an anonymous source phrase never reaches back over the end of the sentence or line before it', () => {
    const text = 'The island is claimed by Kestan.\nUS officials have said they do not expect major “breakthroughs” from the visit.';
    assert.deepEqual(speakers(text, [['Kestan', 'pl:kestan', 'place'], ['US', 'pl:us', 'place']]), [['breakthroughs', null, 'US officials']]);
    assert.deepEqual(speakers('It was claimed by Kestan. Kestan officials said there would be no “breakthroughs”.', []), [['breakthroughs', null, 'Kestan officials']]);
  });

  test('the speaker beats the source named by "according to"', () => {
    const text = '“You are welcome,” Anna Berg told him, according to the Daily Courier.';
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['the Daily Courier', 'o:courier', 'organization']];
    assert.deepEqual(speakers(text, table), [['You are welcome', 'p:berg', 'Anna Berg']]);
  });

  test('"according to" names the speaker when nothing else does', () => {
    const text = 'The country wants to avoid “a dangerous escalation”, according to the Foreign Office.';
    assert.deepEqual(speakers(text, [['the Foreign Office', 'o:fo', 'organization']]), [['a dangerous escalation', 'o:fo', 'the Foreign Office']]);
  });

  test('"X quoted Y as telling" attributes to Y', () => {
    const text = 'The issue is the core of our interests, state media quoted Tom Reed as telling his guest.';
    const quotes = [{ start: 0, end: 38, marked: false, kind: 'full' as const }];
    const [a] = attributeSpeakers(text, quotes, mentionsOf(text, [['Tom Reed', 'p:reed', 'person']]));
    assert.equal(a.speaker, 'p:reed');
  });

  test('reported words belong to the subject of the verb that takes them, not to who reported them', () => {
    const text = 'In turn, Tom Reed stressed the need to keep talking on all issues, the spokesperson said.';
    const span = 'the need to keep talking on all issues';
    const start = text.indexOf(span);
    const table: [string, string, Kind][] = [['Tom Reed', 'p:reed', 'person'], ['the spokesperson', 'p:spokes', 'person']];
    const reported = [{ start, end: start + span.length, marked: false, kind: 'full' as const }];
    assert.equal(attributeSpeakers(text, reported, mentionsOf(text, table))[0].speaker, 'p:reed');
    // Marked, the same words keep the clause after them: "...,” the spokesperson said" is the usual way to name a speaker.
    const marked = 'In turn, Tom Reed stressed “the need to keep talking on all issues”, the spokesperson said.';
    assert.equal(speakers(marked, table)[0][2], 'the spokesperson');
  });

  test('an organisation is a speaker', () => {
    const text = '“The minister will travel on Monday,” the Foreign Office said.';
    assert.deepEqual(speakers(text, [['the Foreign Office', 'o:fo', 'organization']]), [['The minister will travel on Monday', 'o:fo', 'the Foreign Office']]);
  });

  test('the subject of "saying:" is the subject of its sentence, not a name in between', () => {
    const text = 'Anna Berg played it down as Tom Reed left, saying: I don’t think they knew where it was.';
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(speakers(text, table), [['I don’t think they knew where it was', 'p:berg', 'Anna Berg']]);
  });

  test('a quotation without a verb continues the speech of its paragraph', () => {
    const text = 'Anna Berg said relations must “stabilize”. “None of this will be solved in one visit.”';
    assert.deepEqual(speakers(text, [['Anna Berg', 'p:berg', 'person']]).map((s) => s[1]), ['p:berg', 'p:berg']);
  });

  test('the same words quoted again with their speaker named are that speaker’s, not the paragraph’s', () => {
    const text =
      '“We are deeply concerned,” Anna Berg said. “On this issue, Ruritania will make no concessions.”\n' +
      'Tom Reed told her that “on this issue, Ruritania will make no concessions”.';
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(speakers(text, table).map((s) => s[1]), ['p:berg', 'p:reed', 'p:reed']);
  });

  test('a short repeat is not enough to move a quotation to another speaker', () => {
    const text = 'Tom Reed said: “No comment.”\nAnna Berg said: “We will not move.” “No comment.”';
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(speakers(text, table).map((s) => s[1]), ['p:reed', 'p:berg', 'p:berg']);
  });

  test('“his counterpart” is the person the paragraph names beside the one “his” stands for', () => {
    const text = 'In the talks with Tom Reed, Anna Berg said the border “must stay open.” His counterpart said Ruritania wants “calm and predictable” ties.';
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(speakers(text, table).map((s) => [s[1], s[2]]), [['p:berg', 'Anna Berg'], ['p:reed', 'His counterpart']]);
  });

  test('a quotation with nothing to go on has no speaker', () => {
    assert.deepEqual(speakers('The plan was called “realistic” in the press.', []), [['realistic', null, '']]);
  });

  test('answers in the order the quotations were given', () => {
    const text = '“Yes, we will,” said Anna Berg. “No, we won’t,” said Tom Reed.';
    const quotes = findQuotations(text).reverse();
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    assert.deepEqual(attributeSpeakers(text, quotes, mentionsOf(text, table)).map((a) => a.speaker), ['p:reed', 'p:berg']);
  });
});

suite('attributeSpeakers with unresolved titles', () => {
  test('a pronoun resolves to a title phrase when no entity was tied to it', () => {
    const text = 'The Ruritanian Minister of Foreign Affairs deplored that ties are “at their lowest”.\n“This is not in line with our interests,” he stressed.';
    assert.deepEqual(speakers(text, []).map((s) => s[2]), ['The Ruritanian Minister of Foreign Affairs', 'The Ruritanian Minister of Foreign Affairs']);
  });
});

suite('attributeSpeakers with titles and descriptions', () => {
  test('a person named after an organisation title is the speaker', () => {
    const text = '"Overall I see a low risk," said Bank of Japan chief Toshihiko Fukui on Friday.';
    const table: [string, string, Kind][] = [['Bank of Japan', 'o:boj', 'organization'], ['Toshihiko Fukui', 'p:fukui', 'person']];
    assert.deepEqual(speakers(text, table), [['Overall I see a low risk', 'p:fukui', 'Toshihiko Fukui']]);
  });

  test('a possessive anonymous source keeps its owner', () => {
    assert.deepEqual(speakers('The rapper\'s spokesman said the claims were "untrue".', []), [['untrue', null, "The rapper's spokesman"]]);
  });

  test('"quoted several lawmakers as saying" names the lawmakers', () => {
    const text = '"We had no idea," the agency quoted several lawmakers as saying.';
    assert.deepEqual(speakers(text, []), [['We had no idea', null, 'several lawmakers']]);
  });
});

suite('attributeSpeakers across paragraphs', () => {
  test('a quotation opening a paragraph continues the quotation that closed the previous one', () => {
    const text = '"We are very proud of the result," said Anna Berg.\n\n"It shows what the team can do."\n\nThe club said little.\n\n"Nobody expected this."';
    assert.deepEqual(speakers(text, [['Anna Berg', 'p:berg', 'person']]).map((s) => s[1]), ['p:berg', 'p:berg', null]);
  });

  test('the subject before an apposition is the speaker, not a name inside the apposition', () => {
    const table: [string, string, Kind][] = [['Nina Hart', 'p:hart', 'person'], ['Zephyr FM', 'o:zfm', 'organization'], ['Owen Pike', 'p:pike', 'person'], ['Delta Radio', 'o:delta', 'organization']];
    const text = 'Nina Hart, head of music at the station Zephyr FM, said every track was “a potential hit”. Owen Pike, who presents a show on Delta Radio, said: “They are the band of the year.”';
    assert.deepEqual(speakers(text, table), [
      ['a potential hit', 'p:hart', 'Nina Hart'],
      ['They are the band of the year.', 'p:pike', 'Owen Pike'],
    ]);
  });

  test('"agreed" and "described as" are speech verbs', () => {
    const table: [string, string, Kind][] = [['Tom Reed', 'p:reed', 'person'], ['Anna Berg', 'p:berg', 'person']];
    const text = 'Tom Reed said: “We need more money.” Anna Berg agreed: “We need it now.” The plan, which Tom Reed described as “a good start”, passed.';
    assert.deepEqual(speakers(text, table).map((s) => s[1]), ['p:reed', 'p:berg', 'p:reed']);
  });

  test('a name after "by" and a lower-case title is an object, not the subject a pronoun stands for', () => {
    const table: [string, string, Kind][] = [['Otto Lind', 'p:lind', 'person'], ['Kestrel Hall', 'o:hall', 'organization']];
    const text = 'To a packed audience at the Kestrel Hall, the chancellor said the cuts proposed by shadow chancellor Otto Lind were reckless, he told activists. Turning to the past he said: “We will never go back.”';
    assert.notEqual(speakers(text, table)[0][1], 'p:lind');
    const agreed = 'Tom Reed said: “We need more money.” Fellow speaker and classical composer Anna Berg agreed: “We need it now.”';
    assert.deepEqual(speakers(agreed, [['Tom Reed', 'p:reed', 'person'], ['Anna Berg', 'p:berg', 'person']]).map((s) => s[1]), ['p:reed', 'p:berg']);
  });

  test('"replies" is a speech verb', () => {
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    const text = 'Anna Berg asks Tom Reed a question. Tom Reed replies: “No, I am not.”';
    assert.deepEqual(speakers(text, table).map((s) => s[1]), ['p:reed']);
  });

  test('the person described after a quotation is not its speaker', () => {
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];
    const text = 'Anna Berg said she was “very excited”, describing Tom Reed as “an artist I admire”.';
    assert.deepEqual(speakers(text, table).map((s) => s[1]), ['p:berg', 'p:berg']);
  });

  test('the subject of "described" is the speaker, and the phrase after it is its object', () => {
    const text = 'Both sides described the talks in the statements that followed as “open and useful”.';
    assert.deepEqual(speakers(text, []), [['open and useful', null, 'Both sides']]);
    const named = 'The two delegations described the meeting as “a fresh start”.';
    assert.deepEqual(speakers(named, []), [['a fresh start', null, 'The two delegations']]);
  });

  test('a work named in a relative clause before the verb does not take the speaker\'s quotation', () => {
    const table: [string, string, Kind][] = [['Silver Road', 'o:road', 'organization'], ['Tom Reed', 'p:reed', 'person'], ['Grammy', 'o:grammy', 'organization']];
    const text = 'Tom Reed visited the hall. The Grammy-winning singer, whose albums include Roads: Silver Road, said: “This place gave me my start.”';
    assert.deepEqual(speakers(text, table), [['This place gave me my start.', null, 'The Grammy-winning singer']]);
  });

  test('a name inside an opening prepositional phrase is not the subject after the comma', () => {
    const table: [string, string, Kind][] = [['Daily Courier', 'o:courier', 'organization']];
    const text = 'Writing his column in the Daily Courier, the bishop said: “Stories are always fun.”';
    assert.deepEqual(speakers(text, table), [['Stories are always fun.', null, 'the bishop']]);
  });

  test('after the verb, a name modifying a title gives way to the titled person', () => {
    const table: [string, string, Kind][] = [['Tom', 'p:tom', 'person'], ['Jo', 'p:jo', 'person'], ['Anna Berg', 'p:berg', 'person']];
    const text = '“It was hard to choose,” said Tom and Jo executive producer Anna Berg.';
    assert.deepEqual(speakers(text, table), [['It was hard to choose', 'p:berg', 'Anna Berg']]);
  });

  test('a pronoun follows a chain of the same pronoun back to its person, past a name in the object', () => {
    const table: [string, string, Kind][] = [['Tom Reed', 'p:reed', 'person'], ['Otto Lind', 'p:lind', 'person']];
    const text = 'Tom Reed said his roots were in the north. And he said there was one figure he would love to play - Otto Lind. He said: “What a speaker.”';
    assert.deepEqual(speakers(text, table), [['What a speaker.', 'p:reed', 'He']]);
    const twice = 'Tom Reed said he hoped for a late rise in votes - something he says will help. He added: “Turnout is key.”';
    assert.equal(speakers(twice, table)[0][1], 'p:reed');
    const own = 'Tom Reed met Otto Lind in the hall, and he said: “What a place.”';
    assert.equal(speakers(own, table)[0][1], 'p:reed');
  });

  test('a verb in a clause joined by "while" belongs to another speaker', () => {
    const table: [string, string, Kind][] = [['Green Party', 'o:green', 'organization']];
    const text = 'The opposition dismissed the plan as “desperate”, while the Green Party said it was misdirected.';
    assert.notEqual(speakers(text, table)[0][1], 'o:green');
  });

  test('a quotation introduced by a clause and a colon without a speech verb does not borrow a later speaker', () => {
    const table: [string, string, Kind][] = [['Tom Reed', 'p:reed', 'person']];
    const text = 'The question has been published. It will be: “Should the town build the bridge?” “If we say no, we lose,” said Tom Reed.';
    assert.deepEqual(speakers(text, table).map((s) => s[1]), [null, 'p:reed']);
  });

  test('an apposition without its closing comma keeps the name as the subject', () => {
    const table: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person']];
    const text = 'Anna Berg, a local candidate said the leader had done well: “I think every voter would agree.”';
    assert.equal(speakers(text, table)[0][1], 'p:berg');
  });

  test('a colon introduction with a speech verb or a named source may continue that speech', () => {
    const table: [string, string, Kind][] = [['Tom Reed', 'p:reed', 'person'], ['City Club', 'o:club', 'organization']];
    const text = '“We are ready,” said Tom Reed. And then he added: “We will win.”';
    assert.deepEqual(speakers(text, table).map((s) => s[1]), ['p:reed', 'p:reed']);
    const statement = 'A statement from the City Club read: “We have no tolerance for drugs.” “It is a sad day,” said the City Club.';
    assert.equal(speakers(statement, table)[0][1], 'o:club');
  });

});

