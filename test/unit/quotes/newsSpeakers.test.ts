import * as assert from 'node:assert/strict';
import { attributeSpeakers, findQuotations, type ResolvedMention } from '../../../src/core/quotes';

type Kind = ResolvedMention['type'];

/** Every occurrence of each phrase becomes a mention of the given entity. */
function mentionsOf(text: string, table: [string, string, Kind][]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const [phrase, entityId, type] of table) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) out.push({ start: i, end: i + phrase.length, entityId, type });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Each quotation's text, kind and who a reader would see as its speaker (entity id, else the naming text, else null). */
function read(text: string, table: [string, string, Kind][] = []): [string, string, string | null][] {
  const quotes = findQuotations(text);
  return attributeSpeakers(text, quotes, mentionsOf(text, table)).map((a, i) => [text.slice(quotes[i].start, quotes[i].end), quotes[i].kind, a.speaker ?? (a.speakerText || null)]);
}

const who = (text: string, table: [string, string, Kind][] = []) => read(text, table).map((q) => q[2]);

const BERG: [string, string, Kind][] = [['Anna Berg', 'p:berg', 'person'], ['Tom Reed', 'p:reed', 'person']];

suite('speakers on news conventions', () => {
  test('reporting verbs beyond "said" in any form name the speaker: tweeted, decried, dubbed, lamented, quipped', () => {
    assert.deepEqual(who('Anna Berg tweeted that the plan was “a disgrace.”', BERG), ['p:berg']);
    assert.deepEqual(who('Anna Berg has decried what she calls “systemic waste” in the city.', BERG), ['p:berg']);
    assert.deepEqual(who('Tom Reed lamented that the “danger” came from elsewhere.', BERG), ['p:reed']);
    assert.deepEqual(who('“Not today,” Tom Reed quipped.', BERG), ['p:reed']);
  });

  test('a verb with a person as object never makes that person the speaker: "called Reed “unhinged”"', () => {
    assert.deepEqual(who('Anna Berg called Tom Reed “unhinged.”', BERG), ['p:berg']);
    assert.deepEqual(who('Anna Berg thanked Tom Reed for “taking these steps.”', BERG), ['p:berg']);
  });

  test('a passive reporting verb names no speaker: "was called “realistic”"', () => {
    assert.deepEqual(who('The plan was called “realistic” in the press.'), [null]);
  });

  test('a quotation no reporting verb claims belongs to the subject of its clause', () => {
    assert.deepEqual(who('Anna Berg has railed against the “city cartel” for months.', BERG), ['p:berg']);
    assert.deepEqual(who('Tom Reed stood by his call for a “full audit” of the accounts.', BERG), ['p:reed']);
  });

  test('a surname the entity pass missed is the speaker when a reporting verb says so, resolved to the full name', () => {
    assert.deepEqual(who('“The numbers do not add up,” said Kowalczyk.'), ['Kowalczyk']);
    assert.deepEqual(who('Anna Berg spoke first. “We stay,” Berg said.', [['Anna Berg', 'p:berg', 'person']]), ['p:berg']);
    assert.deepEqual(who('But it is not, and Dayton says caucuses “are such an unknown” to many.'), ['Dayton']);
  });

  test('a capitalised sentence opener or a month is never taken for a surname', () => {
    assert.deepEqual(who('“We stay.” Monday said nothing new.'), [null]);
  });

  test('a party label never speaks; the legislator it follows does', () => {
    const table: [string, string, Kind][] = [['Jane Roe', 'p:roe', 'person'], ['R-Utah', 'p:label', 'person'], ['D-N.Y.', 'p:label2', 'person']];
    assert.deepEqual(who('Rep. Jane Roe (R-Utah) said, “We will look at every contract.”', table), ['p:roe']);
    assert.deepEqual(who('“We will look at every contract,” said Rep. Jane Roe, D-N.Y., on Tuesday.', table), ['p:roe']);
  });

  test('a short attribution after a quoted sentence stays with it: “...” Reed said.', () => {
    assert.deepEqual(who('“I hope you can find the missing files.” Tom Reed said. The crowd laughed.', BERG), ['p:reed']);
  });

  test('abbreviations with a period do not cut sentences: Sen., Gov., Rev., U.S., then-U.S.', () => {
    const table: [string, string, Kind][] = [['Jane Roe', 'p:roe', 'person'], ['Peter Wherry', 'p:wherry', 'person']];
    assert.deepEqual(who('The Rev. Peter Wherry told the then-U.S. envoy that it was “a day of shame.”', table), ['p:wherry']);
    assert.deepEqual(who('Lt. Gov. Jane Roe of the U.S. delegation warned of “real consequences” ahead.', table), ['p:roe']);
  });

  test('after a comma, a verb followed by a name is inverted and that name speaks', () => {
    const text = '“He can say it, but it is unlikely” that Reed can catch up, said Anna Berg, a strategist.';
    assert.deepEqual(who(text, BERG), ['p:berg']);
  });

  test('the reporter governs a quotation inside the clause they report: "Reed said Berg will continue to be “...”"', () => {
    assert.deepEqual(who('Tom Reed said he is certain Anna Berg will continue to be “a champion for the city.”', BERG), ['p:reed']);
    assert.deepEqual(who('Tom Reed praised the plan, and Anna Berg said it was “a good start.”', BERG), ['p:berg']);
  });

  test('a verb coordinated with "and" shares the sentence\'s subject: "X called Y a “...” and said ... “...”"', () => {
    const text = 'Anna Berg, speaking on the radio, called Tom Reed a “bully,” and said his remarks were pure “propaganda” for rivals.';
    assert.deepEqual(who(text, BERG), ['p:berg', 'p:berg']);
  });

  test('a name after a dash signs the quotation, and a transcript line names its speaker in capitals', () => {
    assert.deepEqual(who('“I never thought I would vote for him, but here we are.” ― Pamela Padilla'), ['Pamela Padilla']);
    const transcript = 'The host Chris Wallace asked about the wall.\n\nWALLACE: “Will you build it?”\n\nREED: “We will build it.”';
    assert.deepEqual(who(transcript, [['Chris Wallace', 'p:wallace', 'person']]), ['p:wallace', 'REED']);
  });

  test('a statement from an organisation is the organisation speaking', () => {
    const table: [string, string, Kind][] = [['City Club', 'o:club', 'organization']];
    assert.deepEqual(who('A statement from the City Club read: “We have no tolerance for drugs.”', table), ['o:club']);
  });

  test('a party label between a name and its verb does not hide the speaker: "X (D-Ore.) said"', () => {
    assert.deepEqual(who('“There is energy,” Rep. Earl Grove (D-Ore.) said. Anna Berg spoke.', BERG), ['Earl Grove']);
    assert.deepEqual(who('“There is energy,” Rep. Tom Reed (D-Ore.) said.', BERG), ['p:reed']);
  });

  test('the one a speaker talks "of" or "about" after the verb is not the speaker', () => {
    const table: [string, string, Kind][] = [...BERG, ['Blunt', 'p:blunt', 'person']];
    assert.deepEqual(who('“He had many supporters,” Blunt, after a long pause, said of Tom Reed.', table), ['p:blunt']);
    assert.deepEqual(who('“She is tireless,” said of Anna Berg.', BERG), [null]);
  });

  test('a longer clause that opens with its reporting verb attributes the quotation standing alone before it', () => {
    assert.deepEqual(who('“You think I will change?” Tom Reed asked reporters rhetorically during a news conference last month.', BERG), ['p:reed']);
    assert.deepEqual(who('“How are you today?” Anna Berg, a retired worker from a plant, said pleasantly into the phone.', BERG), ['p:berg']);
    assert.deepEqual(who('“Is he serious?” reacted Tom Reed.', BERG), ['p:reed']);
  });

  test('a following sentence that reports a clause of its own, or a quotation already attributed, is not joined', () => {
    assert.deepEqual(who('“That has no place here.” Anna Berg said she would have fired him.', BERG), [null]);
    assert.deepEqual(who('Tom Reed confirmed it and said, “It is a severe problem.” Anna Berg then recalled an incident at a theater in the city.', BERG), ['p:reed']);
  });

  test('"with X saying": after "with", the name before a participle is its subject', () => {
    assert.deepEqual(who('Critics were quick to chime in, with Anna Berg tweeting that it was a “disaster” for the city.', BERG), ['p:berg']);
  });

  test('a name before its verb speaks even after "and": "..., and Berg says"', () => {
    assert.deepEqual(who('It was close, and Anna Berg says the count was “a mess.”', BERG), ['p:berg']);
  });
});

suite('quoted titles', () => {
  test('titles of shows, books and slogans are their own kind and have no speaker', () => {
    const text = 'Anna Berg said on “Meet the Nation” that her book “Stealing the Vote” was about the “Make Our Town Great” slogan.';
    assert.deepEqual(read(text, BERG).map((q) => [q[0], q[1], q[2]]), [
      ['Meet the Nation', 'title', null],
      ['Stealing the Vote', 'title', null],
      ['Make Our Town Great', 'title', null],
    ]);
  });

  test('a capitalised quotation that is a sentence or a reply stays speech', () => {
    assert.deepEqual(read('“Enough.” He left.').map((q) => q[1]), ['full']);
    assert.deepEqual(read('“Okay,” Tom Reed said.', BERG).map((q) => [q[1], q[2]]), [['fragment', 'p:reed']]);
  });

  test('speech quoted mid-sentence keeps its kind: lowercase words are not a title', () => {
    assert.deepEqual(read('Anna Berg called it “a good start”.', BERG).map((q) => q[1]), ['fragment']);
  });

  test('capitalised words a verb or a word for words introduces are speech: called, chanting, read, the slogan', () => {
    assert.deepEqual(read('Tom Reed called Anna Berg “Little Anna” twice.', BERG).map((q) => [q[1], q[2]]), [['fragment', 'p:reed']]);
    assert.deepEqual(read('The crowd kept chanting “Dump Reed” all night.').map((q) => q[1]), ['fragment']);
    assert.deepEqual(read('He held a sign that read “Berg For Mayor” outside.').map((q) => q[1]), ['fragment']);
    assert.deepEqual(read('Anna Berg ran on the slogan “Hope Counts” in 2010.', BERG).map((q) => q[1]), ['fragment']);
    assert.deepEqual(read('“Denver,” he answered.').map((q) => q[1]), ['fragment']);
  });

  test('a show after "told", "on" or "with", or a work someone published, stays a title', () => {
    assert.deepEqual(read('Anna Berg told “Morning Hour” that she would run.', BERG).map((q) => q[1]), ['title']);
    assert.deepEqual(read('In an interview with “Morning Hour,” Anna Berg said she would run.', BERG).map((q) => q[1]), ['title']);
    assert.deepEqual(read('Tom Reed published “Quiet Streets” in 2015.', BERG).map((q) => q[1]), ['title']);
    assert.deepEqual(read('He loves films such as “Star Wars” and more.').map((q) => q[1]), ['title']);
    assert.deepEqual(read('Anna Berg, star of “Night Court,” thanked Tom Reed.', BERG).map((q) => q[1]), ['title']);
  });

  test('a quotation followed by a byline is the headline of a piece; words done "by" someone stay speech', () => {
    assert.deepEqual(read('—“Museum to close at the end of the year,” by Daily’s Anna Berg: “The doors shut in May.”').map((q) => q[1]), ['title', 'full']);
    assert.deepEqual(read('He said Tom Reed had been “treated badly” by the board.').map((q) => q[1]), ['fragment']);
  });

  test('a gloss of a foreign or slang word is a term, not speech', () => {
    assert.deepEqual(read('The name “Brujas” -- Spanish for “witches” -- comes from a film.').map((q) => q[1]), ['title', 'title']);
    assert.deepEqual(read('Tom Reed said it was “for witches” only.', BERG).map((q) => q[1]), ['fragment']);
  });

  test('markup attribute values left in the text are not quotations', () => {
    assert.deepEqual(read('<tweet author="annaberg" date="March 9, 2016">We won.</tweet>'), []);
  });

  test('numbers, handles and links in quote marks are not quotations', () => {
    assert.deepEqual(read('See “728651792918155268” and “@someone” and “https://example.com/x”.'), []);
  });
});

suite('source phrases', () => {
  test('an anonymous source keeps the name it belongs to: "a spokesman for X", "one X campaign source"', () => {
    const table: [string, string, Kind][] = [['Jane Roe', 'p:roe', 'person']];
    assert.deepEqual(who('“We will not comment,” a spokesman for Jane Roe said.', table), ['a spokesman for Jane Roe']);
    assert.deepEqual(who('“It is over,” said one Roe campaign source.'), ['one Roe campaign source']);
  });
});
