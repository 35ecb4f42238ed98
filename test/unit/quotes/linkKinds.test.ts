import * as assert from 'node:assert/strict';
import { attributeSpeakers, findQuotations, QuoteLinker, type QuoteLink, type ResolvedMention } from '../../../src/core/quotes';

/** Every occurrence of each name as a mention of the person it names. */
function peopleIn(text: string, people: string[]): ResolvedMention[] {
  return people.flatMap((name) => [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, entityId: `person:${name.toLowerCase().replace(/ /g, '-')}`, type: 'person' as const })));
}

/** The links found across short inline articles, as "kind: text | text" lines a reader can check. */
function linksOf(docs: Record<string, string>, people: string[] = []): string[] {
  const linker = new QuoteLinker();
  for (const [doc, text] of Object.entries(docs)) {
    const quotes = findQuotations(text);
    const who = attributeSpeakers(text, quotes, peopleIn(text, people));
    // As the analysis does, quoted titles are nobody's speech and never reach the linker.
    linker.setDocument(doc, text, quotes.map((q, i) => ({ ...q, ...who[i] })).filter((q) => q.kind !== 'title'));
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

  /** Three speakers' statements that share one phrase. */
  const THREE_SPEAKERS = {
    a: '“We will bring the jobs home and keep this country strong,” Senator Alder said at the rally.',
    b: '“Voters want us to keep this country strong, and they are tired of excuses,” Governor Birch said on Monday.',
    c: '“My opponents promise to keep this country strong but they never say how,” Mayor Cedar said in a speech.',
  };

  test('a phrase that three speakers’ statements share is a slogan, not a link between them', () => {
    const links = linksOf({
      ...THREE_SPEAKERS,
      d: 'The commentator said every candidate now promises to “keep this country strong” in some form.',
    }, ['Alder', 'Birch', 'Cedar']);
    assert.deepEqual(links, []);
  });

  test('a slogan does not link another outlet’s short phrase either, even one a word apart', () => {
    const links = linksOf({
      ...THREE_SPEAKERS,
      d: 'Protesters outside held signs that read “keep this country strong” and chanted.',
      e: 'In her speech, Senator Dove promised to “keep this country whole” for every family.',
    }, ['Alder', 'Birch', 'Cedar', 'Dove']);
    assert.deepEqual(links, []);
  });

  test('a phrase quoted from one speaker’s statement stays a partial link', () => {
    const links = linksOf({
      a: '“We will bring the jobs home and keep this country strong,” Senator Alder said at the rally.',
      d: 'Alder again promised to “keep this country strong” in his speech, his aides said.',
    }, ['Alder']);
    assert.deepEqual(links, ['partial: We will bring the jobs home and keep this country strong | keep this country strong']);
  });

  test('the same short sentence from two different speakers is an echo, not one statement', () => {
    const links = linksOf({
      a: '“I am not ready to endorse him,” Ryan said of the nominee in May.',
      b: 'Asked about the speaker, Trump replied: “I am not ready to endorse him.” His aides declined to comment.',
    }, ['Ryan', 'Trump']);
    assert.deepEqual(links, []);
  });

  test('two people who share only a first name are two speakers; a surname alone is the same person', () => {
    const echo = linksOf({
      a: '“I am not ready to endorse him,” John Alder said of the nominee in May.',
      b: 'Asked about the speaker, John Reed replied: “I am not ready to endorse him.” His aides declined to comment.',
    }, ['John Alder', 'John Reed']);
    assert.deepEqual(echo, []);
    const same = linksOf({
      a: '“I am not ready to endorse him,” Alder said of the nominee in May.',
      b: 'Asked about the speaker, John Alder replied: “I am not ready to endorse him.” His aides declined to comment.',
    }, ['John Alder', 'Alder']);
    assert.deepEqual(same, ['exact 1: I am not ready to endorse him | I am not ready to endorse him.']);
  });

  test('the same two words from the same named speaker in two outlets are a link, without agreeing context', () => {
    const links = linksOf({
      a: 'Comey said the former secretary had been “extremely careless” with her email on a private server.',
      b: 'In his statement, Comey called the handling of classified material “extremely careless.” Republicans pounced.',
    }, ['Comey']);
    assert.deepEqual(links, ['exact 1: extremely careless | extremely careless.']);
  });

  test('a report restating one sentence of a longer quotation is a paraphrase link to it', () => {
    const links = linksOf({
      a: '“I am not ready to support the speaker’s budget agenda. Perhaps in the future we can work together and agree on what is best for the people,” Trump said in a statement.',
      b: 'Later that day, Trump fired back with a response saying he would not support the speaker’s budget agenda and suggesting more talks.',
    });
    assert.equal(links.length, 1);
    assert.match(links[0], /^paraphrase: I am not ready to support .* \| he would not support the speaker’s budget agenda$/);
  });

  test('a quotation set in a title-case headline is speech that links to the body of another outlet', () => {
    const links = linksOf({
      a: 'Network Chief Responds To Trump: \'We Do Not Pay Candidates To Appear At Debates\'\nThe network responded on Thursday.',
      b: '“We do not pay candidates to appear at debates,” the network chief said on Thursday.',
    });
    assert.equal(links.length, 1);
    assert.match(links[0], /^exact 1: We Do Not Pay Candidates To Appear At Debates \| We do not pay candidates to appear at debates$/);
  });

  test('a short quotation reported unmarked elsewhere, among the same words and attributed to its speaker, is a link', () => {
    const links = linksOf({
      a: 'The minister told his guest that ties are “at their lowest” since the signing of the border treaty in 1979, according to the ministry.',
      b: 'Vasko told the envoy that relations were at their lowest since the signing of the border treaty, according to state radio.',
    }, ['Vasko']);
    assert.deepEqual(links, ['exact 1: at their lowest | at their lowest']);
  });

  test('the same short words in narration, or in another speaker’s sentence, are not a report of the quotation', () => {
    const quoted = 'Vasko told his guest that ties are “at their lowest” since the signing of the border treaty in 1979.';
    const narrated = 'Ties were at their lowest since the signing of the border treaty, a decade of quarrels behind them.';
    const otherSpeaker = 'Dimov said ties were at their lowest since the signing of the border treaty.';
    assert.deepEqual(linksOf({ a: quoted, b: narrated }, ['Vasko']), []);
    assert.deepEqual(linksOf({ a: quoted, b: otherSpeaker }, ['Vasko', 'Dimov']), []);
  });

  test('a word an article quotes near the statement it was cut from joins that statement, and so its reports elsewhere', () => {
    const a =
      'Officials do not expect major “breakthroughs” from the visit, they said on Sunday.\n' +
      '“We are not going to the capital to make breakthroughs,” the envoy Ada Pell told reporters.';
    const b = 'Officials do not expect major “breakthroughs” from the visit, a source said.';
    const far = 'Officials do not expect major “breakthroughs” from the visit.\n' + 'Other news followed. '.repeat(40) + '\n“Nobody here makes breakthroughs,” Ada Pell said.';
    const clusterOf = (docs: Record<string, string>) => {
      const linker = new QuoteLinker();
      for (const [doc, text] of Object.entries(docs)) {
        const quotes = findQuotations(text);
        const who = attributeSpeakers(text, quotes, peopleIn(text, ['Ada Pell']));
        linker.setDocument(doc, text, quotes.map((q, i) => ({ ...q, ...who[i] })));
      }
      return linker.link().clusters.map((c) => c.members.map((m) => `${m.doc}: ${docs[m.doc].slice(m.start, m.end)}`));
    };
    assert.deepEqual(clusterOf({ a, b }), [['a: breakthroughs', 'a: We are not going to the capital to make breakthroughs', 'b: breakthroughs']]);
    assert.deepEqual(clusterOf({ a: far, b }), [['a: breakthroughs', 'b: breakthroughs']], 'a statement far from the word is another one');
  });

  test('a poll’s item quoted by two outlets is no statement; the same words said by someone are', () => {
    const a = 'Only 23 percent of voters who chose someone who “cares about people like me” backed her, the exit poll found.';
    const b = 'Some 55 percent of voters said she does not “care about people like me,” according to a Quinnipiac poll.';
    assert.deepEqual(linksOf({ a, b }), []);
    const said = {
      a: 'The senator told the crowd that she “cares about people like me” and left the stage.',
      b: 'Leaving the stage, the senator said she “cares about people like me” and waved.',
    };
    assert.equal(linksOf(said).length, 1);
  });

  test('a quotation cut with an ellipsis is a part of the answer it was cut from, its stretches in any order', () => {
    const whole = '“No, I meant he is the founder of the gang. I do. He was the most valuable player on that team,” the mayor told the radio host.';
    const cut = 'Asked again, the mayor said: “I do. He was the most valuable player. … He was the founder.”';
    assert.deepEqual(linksOf({ a: whole, b: cut }), [
      'partial: No, I meant he is the founder of the gang. I do. He was the most valuable player on that team | I do. He was the most valuable player. … He was the founder.',
    ]);
    const another = 'Asked again, the mayor said: “I do. He was the most valuable player. … He never paid his rent.”';
    assert.deepEqual(linksOf({ a: whole, b: another }), [], 'a stretch the answer does not hold is another statement');
  });

  test('a short clause in the first person is speech: one outlet naming its speaker links it; a term needs both to', () => {
    const people = ['Trump'];
    const clause = {
      a: 'In an interview on Wednesday night, Trump said “Islam hates us” and refused to take it back.',
      b: 'Rivals kept quiet at the debate about the claim that “Islam hates us” made days before.',
    };
    assert.deepEqual(linksOf(clause, people), ['exact 1: Islam hates us | Islam hates us']);
    const term = {
      a: 'In an interview on Wednesday night, Trump said the files were “top secret” and refused to say more.',
      b: 'Rivals kept quiet at the debate about the claim that the files were “top secret” days before.',
    };
    assert.deepEqual(linksOf(term, people), []);
  });

  test('an outlet going straight on from one part of a statement reports the part the other outlet quotes next', () => {
    const a = '“The council urges the company to respect the river agreement”, and “to honour its promise not to fund the new dams”, the mayor said.';
    const b = 'The mayor asked the company “to respect the river agreement”, keep its promises and not fund any dams upstream.';
    assert.deepEqual(linksOf({ a, b }), [
      'partial: The council urges the company to respect the river agreement | to respect the river agreement',
      'paraphrase: to honour its promise not to fund the new dams | keep its promises and not fund any dams upstream',
    ]);
    const signed = 'The mayor asked the company “to respect the river agreement”, which it signed with the council in 1990.';
    assert.equal(linksOf({ a, b: signed }).length, 1, 'words going on about something else report nothing');
  });

  test('a fragment of common words is found inside a statement through a pair of words few articles hold', () => {
    // Enough articles, linked first (by name), that "make", "America" and "whole" are common words, never side by side.
    const filler = Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`0-${i}`, `The whole town in America will make bread on day ${i}.`]));
    const a = 'She promised to “make America whole again” at the rally on Tuesday night.';
    const b = '“That work is not to make America great again. America never stopped being great. We have to make America whole,” she told supporters.';
    assert.equal(linksOf({ ...filler, a, b }).length, 1);
    // The same words written in several articles are a stock phrase: no longer enough to compare on.
    const stock = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`1-${i}`, `Leaders vowed again to make America whole, on day ${i}.`]));
    assert.ok(!linksOf({ ...filler, ...stock, a, b }).some((l) => l.includes('That work is not')));
  });
});
