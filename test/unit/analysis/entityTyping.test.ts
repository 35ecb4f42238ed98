import * as assert from 'node:assert/strict';
import { Corpus } from '../../../src/core/analysis/corpus';
import type { CorpusAnalysis, EntityType } from '../../../src/core/analysis/model';
import { corpusOf } from './corpusOf';

function analyse(text: string): CorpusAnalysis {
  return corpusOf({ 'a.txt': text }).analysis();
}

function typeOf(a: CorpusAnalysis, name: string): EntityType | undefined {
  return a.entities.find((e) => e.name === name)?.type;
}

function people(a: CorpusAnalysis): string[] {
  return a.entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
}

suite('entity typing', () => {
  test('a name ending in a plural noun is a group, not a person', () => {
    const a = analyse('The Liberal Democrats and Labour MPs met the Crimson Sisters in a hall. Dana Holt said the talks went well.');
    assert.deepEqual(people(a), ['Dana Holt']);
    assert.equal(typeOf(a, 'Liberal Democrats'), 'organization');
  });

  test('a name ending in a common noun is not a person', () => {
    const a = analyse('Crowds queued at the Jubilee Dome. The Kestrel Protocol was signed. Users of Zentra Outlook complained to the Party Treasurer.');
    assert.deepEqual(people(a), []);
  });

  test('surnames that look like plurals still name people', () => {
    const a = analyse('On Monday John Williams, Mary Davies, Graeme Souness and Jean Clement spoke to reporters about the plan.');
    assert.deepEqual(people(a), ['Graeme Souness', 'Jean Clement', 'John Williams', 'Mary Davies']);
  });

  test('an organisation named "X of Y" is kept whole', () => {
    const a = analyse('A survey by the Northern Chambers of Commerce warned of a slowdown.');
    assert.equal(typeOf(a, 'Northern Chambers of Commerce'), 'organization');
    assert.deepEqual(people(a), []);
  });

  test('a lone word does not become a person through a name that only ends like one', () => {
    const a = analyse('New Labour was launched in the spring. Labour lost the vote in the autumn, and Senior Tories were pleased.');
    assert.deepEqual(people(a), []);
  });

  test('a nationality adjective of two words is not an entity', () => {
    const a = analyse('The talks were held with South Korean officials and Sri Lankan diplomats.');
    assert.deepEqual(people(a), []);
  });

  test('a surname that merely ends like a nationality word still names a person', () => {
    const a = analyse('He took over from Jacques Santini. The club thanked him.');
    assert.deepEqual(people(a), ['Jacques Santini']);
  });

  test('occupations and academic titles are not part of names and make the name before them an organisation', () => {
    const a = analyse('Singer Sam Endicott met Professor Nora Vale. Later, Velvet Lanterns singer Ada Krall said the tour was over.');
    assert.deepEqual(people(a), ['Ada Krall', 'Nora Vale', 'Sam Endicott']);
    assert.equal(typeOf(a, 'Velvet Lanterns'), 'organization');
  });

  test('a title after an honorific is a title, not a name', () => {
    const a = analyse('The Lord Chief Justice spoke first. Then Mr Justice Orwin ruled on the case.');
    assert.deepEqual(people(a), ['Orwin']);
  });

  test('storms, airlines, charities and contractions are not people', () => {
    const a = analyse("The song I'm Lonely was a hit. Staff of Air Kestrel and the Red Cross helped after Hurricane Delia.");
    assert.deepEqual(people(a), []);
  });

  test('a member of parliament is titled, not named, by "MP" or "MEP"', () => {
    const a = analyse('Green MEP Carla Lind welcomed the vote, and Labour MP Jon Avery agreed.');
    assert.deepEqual(people(a), ['Carla Lind', 'Jon Avery']);
  });

  test('a shadow minister is not the minister a definite title refers to', () => {
    const a = analyse('Mr Dale spoke first. The chancellor said cuts proposed by shadow chancellor Otto Lind were reckless.');
    assert.equal(a.entities.find((e) => e.name === 'Otto Lind')?.mentions.length, 1);
  });

  test('a word followed by a role is not resolved to a person of another document by first name', () => {
    const corpus = new Corpus();
    corpus.setDocument('a.txt', 'Rowan Ashby sang on Friday.');
    corpus.setDocument('b.txt', 'But the Rowan chairman added that the club was fine.');
    const ashby = corpus.analysis().entities.find((e) => e.name === 'Rowan Ashby');
    assert.deepEqual(ashby?.mentions.map((m) => m.doc), ['a.txt']);
  });

  test('a group noun run into a name is split from it', () => {
    const a = analyse('The Tories Ken Dale and Lib Dems Ada Voss spoke. Best Foreign Film Oscar nominees and Six Nations rugby followed.');
    assert.deepEqual(people(a), ['Ada Voss', 'Ken Dale']);
  });

  test('a nationality word before a name is not part of it', () => {
    const a = analyse('Australian Lena Dorsey beat Kenyan Ruth Amani, and Dutchman Piet Vos won too. Christian Dale and Dominic Roe watched.');
    assert.deepEqual(people(a), ['Christian Dale', 'Dominic Roe', 'Lena Dorsey', 'Piet Vos', 'Ruth Amani']);
  });

  test('a first name matches a bare mention only in the document that wrote the full name', () => {
    const corpus = new Corpus();
    corpus.setDocument('a.txt', 'Tomas Rieder spoke first. Later Tomas laughed.');
    corpus.setDocument('b.txt', 'At noon Tomas arrived with the papers.');
    const rieder = corpus.analysis().entities.find((e) => e.name === 'Tomas Rieder');
    assert.deepEqual(rieder?.mentions.map((m) => m.text), ['Tomas Rieder', 'Tomas']);
    assert.deepEqual([...new Set(rieder?.mentions.map((m) => m.doc))], ['a.txt']);
  });

  test('the first word of an organisation or product name does not pull other names into a person', () => {
    const corpus = new Corpus();
    corpus.setDocument('a.txt', 'Users of Orvex Writer complained. A fix was promised by Orvex on Monday.');
    corpus.setDocument('b.txt', 'The Orvex Corporation grew fast.');
    const a = corpus.analysis();
    const writer = a.entities.find((e) => e.name === 'Orvex Writer');
    assert.deepEqual(writer?.mentions.map((m) => m.text), ['Orvex Writer']);
    assert.ok(a.entities.some((e) => e.type === 'organization' && e.mentions.some((m) => m.doc === 'a.txt' && m.text === 'Orvex')));
  });
});
