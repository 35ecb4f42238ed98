import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, Entity } from '../../../src/core/analysis/model';
import { corpusOf } from './corpusOf';

function analyse(docs: Record<string, string>): CorpusAnalysis {
  return corpusOf(docs).analysis();
}

function named(a: CorpusAnalysis, name: string): Entity {
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity named ${name}; found ${a.entities.map((x) => x.name).join(', ')}`);
  return e;
}

suite('entities', () => {
  test('surname, honorific and possessive forms merge into one person across documents', () => {
    const a = analyse({
      'a.txt': 'Secretary of State Lena Marsh arrived in Paris on Monday. Mr. Marsh said little.',
      'b.txt': 'Marsh’s visit ended early, and Marsh flew home.',
    });
    const marsh = named(a, 'Lena Marsh');
    assert.equal(marsh.type, 'person');
    assert.ok(marsh.aliases.includes('Marsh') && marsh.aliases.includes('Mr. Marsh'), marsh.aliases.join());
    assert.deepEqual([...new Set(marsh.mentions.map((m) => m.doc))], ['a.txt', 'b.txt']);
    assert.equal(a.entities.filter((e) => e.type === 'person').length, 1);
  });

  test('titles are not part of names and every mention is the exact slice of its document', () => {
    const docs = { 'a.txt': 'Foreign Minister Tomas Rieder met Treasury Secretary Ana Kovac’s deputy in Vienna.' };
    const a = analyse(docs);
    assert.ok(named(a, 'Tomas Rieder'));
    assert.ok(named(a, 'Ana Kovac'));
    for (const e of a.entities) for (const m of e.mentions) assert.equal(docs['a.txt'].slice(m.start, m.end), m.text);
    assert.ok(a.entities.every((e) => !/Minister|Secretary|’s/.test(e.name)));
  });

  test('a definite title refers to the person the document tied it to, respecting nationality', () => {
    const text = 'US President Carl Osted met Chinese President Wen Hao. Later the Chinese head of state thanked the US president.';
    const a = analyse({ 'a.txt': text });
    const wen = named(a, 'Wen Hao');
    const carl = named(a, 'Carl Osted');
    assert.ok(wen.mentions.some((m) => m.text === 'Chinese head of state'), JSON.stringify(wen.mentions));
    assert.ok(carl.mentions.some((m) => m.text === 'US president'), JSON.stringify(carl.mentions));
    assert.ok(!carl.mentions.some((m) => m.text === 'Chinese head of state'));
  });

  test('an indefinite title is not a reference', () => {
    const a = analyse({ 'a.txt': 'Secretary of State Lena Marsh came. It was the first trip by a secretary of state in years.' });
    assert.equal(named(a, 'Lena Marsh').mentions.length, 1);
  });

  test('head words, the gazetteer and acronyms type organisations and places', () => {
    const a = analyse({
      'a.txt': 'The National Farmers Union (NFU) met the Ministry of Finance in Paris. The NFU said the Red Sea and Kenya mattered. Ina Solberg agreed.',
    });
    assert.equal(named(a, 'National Farmers Union').type, 'organization');
    assert.ok(named(a, 'National Farmers Union').aliases.includes('NFU'));
    assert.equal(named(a, 'Ministry of Finance').type, 'organization');
    assert.equal(named(a, 'Paris').type, 'place');
    assert.equal(named(a, 'Red Sea').type, 'place');
    assert.equal(named(a, 'Kenya').type, 'place');
    assert.equal(named(a, 'Ina Solberg').type, 'person');
  });

  test('country spellings merge under the gazetteer name', () => {
    const a = analyse({ 'a.txt': 'The US and the United States of America are one. U.S. officials agreed.' });
    const us = named(a, 'United States');
    assert.equal(us.type, 'place');
    assert.deepEqual(us.mentions.map((m) => m.text), ['US', 'United States', 'America', 'U.S.']);
  });

  test('a capitalised word opening a sentence is not a name unless the corpus writes it as one', () => {
    const a = analyse({ 'a.txt': 'Listing the issues, Ina Solberg spoke. Solberg left.\n\nNevertheless work went on.' });
    assert.deepEqual(a.entities.map((e) => e.name), ['Ina Solberg']);
  });

  test('entity ids are stable when documents arrive in another order', () => {
    const docs = { 'a.txt': 'Ina Solberg visited Kenya.', 'b.txt': 'Solberg met Ana Kovac in Paris.' };
    const forward = analyse(docs).entities.map((e) => e.id).sort();
    const backward = analyse({ 'b.txt': docs['b.txt'], 'a.txt': docs['a.txt'] }).entities.map((e) => e.id).sort();
    assert.deepEqual(forward, backward);
  });

  test('a two-word city after "in" or "visit", or before "-based", is a place, not a person', () => {
    const a = analyse({ 'a.txt': 'Ina Solberg will visit Port Alder in May. The talks in Santa Lucerna ended. A Vella Hara-based firm grew.' });
    for (const name of ['Port Alder', 'Santa Lucerna', 'Vella Hara']) assert.equal(named(a, name).type, 'place', name);
    assert.equal(named(a, 'Ina Solberg').type, 'person');
  });

  test('creed and people-group words are not organisations, and a lone heading word is not an entity', () => {
    const a = analyse({ 'a.txt': 'The treatment of the Zorvan minority of the Keltars in Kenya drew criticism.\n\n“ Peril ”\n\nThe Keltars protested.' });
    assert.deepEqual(a.entities.filter((e) => e.type === 'organization').map((e) => e.name), []);
    assert.ok(!a.entities.some((e) => e.name === 'Peril'));
  });

  test('a lone word becomes an organisation on evidence: a head, a founder, or a listed organisation', () => {
    const a = analyse({ 'a.txt': 'The former boss of Quantix met Vellor founder Ina Solberg.\nWith Dartens and Agence Nordique-Presse' });
    for (const name of ['Quantix', 'Vellor', 'Dartens']) assert.equal(named(a, name).type, 'organization', name);
  });

  test('a name with an acronym or ending in a country is not a person', () => {
    const a = analyse({ 'a.txt': 'Viewers of NRK Kenya and fans of Sporting Nairobi watched as Ina Solberg toured Western Kenya.' });
    assert.equal(named(a, 'NRK Kenya').type, 'organization');
    assert.equal(named(a, 'Sporting Nairobi').type, 'organization');
    assert.equal(named(a, 'Western Kenya').type, 'place');
    assert.equal(named(a, 'Ina Solberg').type, 'person');
  });

  test('two-letter country codes are places only where writers use them as such', () => {
    const a = analyse({ 'a.txt': 'The UK bought TV rights and BT shares from US firms.' });
    assert.deepEqual(a.entities.filter((e) => e.type === 'place').map((e) => e.name).sort(), ['United Kingdom', 'United States']);
  });

  test('a leftover run of title words is not a person', () => {
    const a = analyse({ 'a.txt': 'Ana Kovac holds the title of Minister of Foreign Affairs. Foreign Affairs.' });
    assert.deepEqual(a.entities.map((e) => e.name), ['Ana Kovac']);
  });

  test('a title the document never tied resolves to the one person the corpus ties it to', () => {
    const a = analyse({
      'a.txt': 'Talks ran late. The Ruritanian Minister of Foreign Affairs, for his part, deplored the delay.',
      'b.txt': 'Ruritanian Foreign Minister Ivo Brandt landed in Oslo.',
    });
    const ivo = named(a, 'Ivo Brandt');
    assert.ok(ivo.mentions.some((m) => m.doc === 'a.txt' && m.text === 'Ruritanian Minister of Foreign Affairs'), JSON.stringify(ivo.mentions));
  });

  test('a corpus title tie needs nationality agreement and a single person', () => {
    const a = analyse({
      'a.txt': 'The Ruritanian foreign minister spoke. Later the Freedonian foreign minister replied.',
      'b.txt': 'Ruritanian Foreign Minister Ivo Brandt came, and so did Freedonian Foreign Minister Ada Pell and Foreign Minister Tom Lutz.',
      'c.txt': 'Elsewhere, Foreign Minister Una Weir resigned.',
      'd.txt': 'The foreign minister was absent.',
    });
    const inA = (name: string) => named(a, name).mentions.filter((m) => m.doc === 'a.txt').map((m) => m.text);
    assert.deepEqual(inA('Ivo Brandt'), ['Ruritanian foreign minister']);
    assert.deepEqual(inA('Ada Pell'), ['Freedonian foreign minister']);
    assert.ok(a.entities.every((e) => e.mentions.every((m) => m.doc !== 'd.txt')), 'two people hold the bare title, so it stays unresolved');
  });

  test('"X has the title of Y" and "X, the Y," tie the title to X', () => {
    const a = analyse({
      'a.txt': 'Ana Kovac has the title of Minister of Finance. Ben Ruiz, the Treasury Secretary, agreed.',
      'b.txt': 'The finance minister and the treasury secretary met.',
    });
    assert.ok(named(a, 'Ana Kovac').mentions.some((m) => m.doc === 'b.txt' && m.text === 'finance minister'));
    assert.ok(named(a, 'Ben Ruiz').mentions.some((m) => m.doc === 'b.txt' && m.text === 'treasury secretary'));
  });
});
