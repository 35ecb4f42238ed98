import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, EntityType } from '../../../src/core/analysis/model';
import { corpusOf } from './corpusOf';

function analyse(text: string): CorpusAnalysis {
  return corpusOf({ 'a.txt': text }).analysis();
}

function names(a: CorpusAnalysis): string[] {
  return a.entities.map((e) => e.name).sort();
}

function typeOf(a: CorpusAnalysis, name: string): EntityType | undefined {
  return a.entities.find((e) => e.name === name)?.type;
}

suite('names a reader trusts: common words are not names', () => {
  test('a caption label before a colon names nothing, the credited person does', () => {
    const a = analyse('A beetle on a leaf near the river.\nImage: Tova Brandt.\n\nAnother beetle on a stone.\nImage: Tova Brandt.');
    assert.deepEqual(names(a), ['Tova Brandt']);
  });

  test('a surname before a colon in a transcript is still the person', () => {
    const a = analyse('Ada Vell and Jeb Bush debated.\nVell: "We must act."\nBush: "We will win."');
    assert.deepEqual(a.entities.find((e) => e.name === 'Jeb Bush')?.mentions.map((m) => m.text), ['Jeb Bush', 'Bush']);
  });

  test('a dictionary word capitalised for emphasis or as a title is no entity', () => {
    const a = analyse('Do you see a revival of the Left? Many readers love Pride and Prejudice, and Survival sells well. Ivo Marr agreed.');
    assert.deepEqual(names(a), ['Ivo Marr']);
  });

  test('a dictionary word the document keeps writing as a name is one', () => {
    const a = analyse('The tag spread on Twitter within hours. Posts on Twitter doubled, and Twitter said it saw no abuse.');
    assert.equal(typeOf(a, 'Twitter'), 'organization');
  });

  test('a capitalised phrase of dictionary words is no person, and its acronym goes with it', () => {
    const a = analyse('The ants ingest Reactive Oxygen Species (ROS) and die. ROS levels rose. The Moon Rocks were shown to Dana Holt.');
    assert.deepEqual(names(a), ['Dana Holt']);
  });

  test('a given name keeps a phrase of dictionary words a person, and alone it is a person', () => {
    const a = analyse('On Monday, Grant Hope spoke first. Later John laughed at the joke.');
    assert.equal(typeOf(a, 'Grant Hope'), 'person');
    assert.equal(typeOf(a, 'John'), 'person');
  });
});

suite('names a reader trusts: typing from the document', () => {
  test('former states are places and "the West" is a region', () => {
    const a = analyse('He studied the Soviet Union and Czechoslovakia, and how the West saw them.');
    for (const place of ['Soviet Union', 'Czechoslovakia', 'West']) assert.equal(typeOf(a, place), 'place', place);
  });

  test('a role after a name makes the name a group', () => {
    const a = analyse('The Zorvats Poet read at the park. Ivo Marr listened.');
    assert.equal(typeOf(a, 'Zorvats'), 'organization');
    assert.equal(typeOf(a, 'Zorvats Poet'), undefined);
  });

  test('a place name used alone as a person makes the full name a person', () => {
    const a = analyse('Mira Paris, a former nurse, left the group. Paris claims she was never paid. Paris said more.');
    assert.equal(typeOf(a, 'Mira Paris'), 'person');
    assert.equal(a.entities.find((e) => e.name === 'Mira Paris')?.mentions.length, 3);
  });

  test('a country next to a match score is its team in that document, and a place elsewhere', () => {
    const corpus = corpusOf({
      'match.txt': 'Group C: Peru 2 – 1 Norway\n\nPeru pressed early, and Norway scored first. Peru won.',
      'trip.txt': 'She flew to Peru in May.',
    });
    const a = corpus.analysis();
    const peru = a.entities.filter((e) => e.name === 'Peru').map((e) => `${e.type} ${e.mentions.length}`).sort();
    assert.deepEqual(peru, ['organization 3', 'place 1']);
    assert.equal(typeOf(a, 'Norway'), 'organization');
  });

  test("a follower's word before a name is not part of it", () => {
    const a = analyse('Scientologist Tom Cruise was named. Cruise declined to comment.');
    assert.equal(typeOf(a, 'Tom Cruise'), 'person');
    assert.equal(a.entities.find((e) => e.name === 'Tom Cruise')?.mentions.length, 2);
  });
});

suite('names a reader trusts: short forms', () => {
  test('a short organisation name joins the one longer name written before it', () => {
    const a = analyse('The Church of Zorvology denied it. Critics of Zorvology disagreed. Later the Lower Court of Appeal of Vessa ruled, and the Lower Court said more.');
    const church = a.entities.find((e) => e.name === 'Church of Zorvology');
    assert.deepEqual(church?.mentions.map((m) => m.text), ['Church of Zorvology', 'Zorvology']);
    const court = a.entities.find((e) => e.name === 'Lower Court of Appeal of Vessa');
    assert.deepEqual(court?.mentions.map((m) => m.text), ['Lower Court of Appeal of Vessa', 'Lower Court']);
  });

  test('a common word after the longer name it shortens joins that organisation', () => {
    const a = analyse('On Monday, Freedom Magazine printed the story. Readers of Freedom wrote back.');
    assert.deepEqual(a.entities.find((e) => e.name === 'Freedom Magazine')?.mentions.map((m) => m.text), ['Freedom Magazine', 'Freedom']);
  });

  test('a place of several words run into a person is split from the name', () => {
    const a = analyse('He met the Ambassador to the United States Hamdullah Vessa on Friday. Vessa smiled.');
    assert.equal(typeOf(a, 'United States'), 'place');
    assert.deepEqual(a.entities.find((e) => e.name === 'Hamdullah Vessa')?.mentions.map((m) => m.text), ['Hamdullah Vessa', 'Vessa']);
  });

  test('"the Poet" written as a nickname does not become an organisation by repetition', () => {
    const a = analyse('They called him the Poet. Fans loved the Poet, and the Poet knew it. Ivo Marr agreed.');
    assert.deepEqual(names(a), ['Ivo Marr']);
  });

  test('an acronym before its expansion in brackets joins it, also in another language\'s order', () => {
    const a = analyse('The head of CVE (Vessan Episcopal Conference), Ada Pell, spoke. CVE said more.');
    const conference = a.entities.find((e) => e.name === 'Vessan Episcopal Conference');
    assert.equal(conference?.type, 'organization');
    assert.deepEqual(conference?.mentions.map((m) => m.text), ['CVE', 'Vessan Episcopal Conference', 'CVE']);
  });

  test('initials used as a modifier join the organisation the document named in full', () => {
    const a = analyse('He spoke at the United Nations in May. Then he toured the U.N. headquarters.');
    assert.deepEqual(a.entities.find((e) => e.name === 'United Nations')?.mentions.map((m) => m.text), ['United Nations', 'U.N.']);
  });

  test('a surname goes to the person named in full most often', () => {
    const a = analyse('Ann Reyes arrived. Ann Reyes spoke. Luis Reyes waved. Reyes then left.');
    assert.deepEqual(a.entities.find((e) => e.name === 'Ann Reyes')?.mentions.map((m) => m.text), ['Ann Reyes', 'Ann Reyes', 'Reyes']);
  });

  test('between two named as often, a surname goes to the one the corpus names most, else to the one named last', () => {
    const mentions = (a: CorpusAnalysis, name: string) => a.entities.find((e) => e.name === name)?.mentions.map((m) => `${m.doc} ${m.text}`);
    const a = corpusOf({
      'a.txt': 'Ann Reyes won the vote. Ann Reyes thanked her staff.',
      'b.txt': 'Ann Reyes arrived with Luis Reyes, her husband. Reyes then spoke about the campaign.',
    }).analysis();
    assert.deepEqual(mentions(a, 'Ann Reyes'), ['a.txt Ann Reyes', 'a.txt Ann Reyes', 'b.txt Ann Reyes', 'b.txt Reyes']);
    const alone = analyse('Ann Reyes arrived with Luis Reyes, her husband. Reyes then spoke about the campaign.');
    assert.deepEqual(alone.entities.find((e) => e.name === 'Luis Reyes')?.mentions.map((m) => m.text), ['Luis Reyes', 'Reyes']);
  });
});
