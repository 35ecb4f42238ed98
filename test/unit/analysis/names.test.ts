import * as assert from 'node:assert/strict';
import type { CorpusAnalysis, Entity } from '../../../src/core/analysis/model';
import { corpusOf } from './corpusOf';

function analyse(docs: Record<string, string> | string): CorpusAnalysis {
  return corpusOf(typeof docs === 'string' ? { 'a.txt': docs } : docs).analysis();
}

function names(a: CorpusAnalysis): string[] {
  return a.entities.map((e) => e.name).sort();
}

function named(a: CorpusAnalysis, name: string): Entity {
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity named ${name}; found ${names(a).join(', ')}`);
  return e;
}

suite('names a reader trusts: places', () => {
  test('US states are places wherever they stand, also written the AP way', () => {
    const a = analyse({
      'a.txt': 'Ohio voted early. Voters in Utah waited.',
      'b.txt': "Ohio's governor, Ada Pell, met Rep. Jo Bain, D-Calif., and Sen. Ivo Brandt (R-TX).",
    });
    for (const state of ['Ohio', 'Utah', 'California']) assert.equal(named(a, state).type, 'place', state);
    assert.equal(named(a, 'Ohio').mentions.length, 2);
    assert.deepEqual(a.entities.filter((e) => e.type === 'person').map((e) => e.name).sort(), ['Ada Pell', 'Ivo Brandt', 'Jo Bain']);
  });

  test('a country’s official name and its short form are the country: “the People’s Republic” is China', () => {
    const a = analyse({
      'a.txt': 'China regards Taiwan as part of the People’s Republic. Leaders of the Islamic Republic met.',
      'b.txt': 'Officials of the People\'s Republic of China and of Iran spoke.',
    });
    assert.deepEqual(named(a, 'China').aliases, ['People\'s Republic of China', 'People’s Republic']);
    assert.deepEqual(named(a, 'Iran').aliases, ['Islamic Republic']);
  });

  test('a foreign place word with English words after it is one place however outlets translate them', () => {
    const a = analyse({
      'a.txt': 'The banquet was held at the Diaoyutai Gardens on Sunday.',
      'b.txt': 'They dined at the Diaoyutai Diplomatic Complex, dotted with gardens.',
      'c.txt': 'Fishing on the Hudson is good, and the Hudson Valley is green.',
      'd.txt': 'The talks ended with a banquet at the Diaoyutai diplomatic compound.',
    });
    const place = a.entities.find((e) => e.mentions.some((m) => m.text === 'Diaoyutai Gardens'));
    assert.deepEqual(place?.mentions.map((m) => m.text).sort(), ['Diaoyutai', 'Diaoyutai Diplomatic Complex', 'Diaoyutai Gardens'], 'the word alone before a common description is the place too');
    assert.equal(named(a, 'Hudson Valley').mentions.length, 1, 'a valley is not the river it is named after');
  });

  test('provinces and major cities are places', () => {
    const a = analyse('Floods hit Ontario and Bavaria before reaching Toronto and Guangzhou.');
    for (const place of ['Ontario', 'Toronto', 'Guangzhou']) assert.equal(named(a, place).type, 'place', place);
  });

  test('a person whose surname is a region stays a person, and so does the bare surname', () => {
    const a = analyse('Lorna Kent left the group in May. Later Kent said she was afraid.');
    assert.equal(named(a, 'Lorna Kent').type, 'person');
    assert.deepEqual(named(a, 'Lorna Kent').mentions.map((m) => m.text), ['Lorna Kent', 'Kent']);
  });
});

suite('names a reader trusts: what is not a name', () => {
  test('a label in capitals, abbreviations, party letters and sentence-initial words are not entities', () => {
    const a = analyse('FULL TEXT: the plan\n\nDespite the rain, Ada Pell (R) spoke on Sept. 3. Given the hour, she named No. 2 on the list.');
    assert.deepEqual(names(a), ['Ada Pell']);
  });

  test('a title-case headline is read word by word against the names of the article', () => {
    const a = analyse('Ada Pell Just Named A Judge For The Court\n\nThe senator Ada Pell named Ivo Brandt on Monday.');
    assert.deepEqual(names(a), ['Ada Pell', 'Ivo Brandt']);
    assert.equal(named(a, 'Ada Pell').mentions.length, 2);
  });

  test('a line that only lists names is not a headline', () => {
    const a = analyse('The talks ended.\n\nWith Quorix and Agence Nordique-Presse');
    assert.equal(named(a, 'Quorix').type, 'organization');
  });

  test('a name does not run across a credit, a title or a party word into the next name', () => {
    const a = analyse('Photo: NASA Bill Ingalls. Ohio Gov. Ada Pell met Nevada Democrat Ivo Brandt and Republican Jo Bain.');
    assert.equal(named(a, 'NASA').type, 'organization');
    for (const person of ['Bill Ingalls', 'Ada Pell', 'Ivo Brandt', 'Jo Bain']) assert.equal(named(a, person).type, 'person', person);
    assert.equal(named(a, 'Nevada').type, 'place');
    assert.ok(!a.entities.some((e) => /Democrat|Republican|Gov/.test(e.name)), names(a).join(', '));
  });

  test('a person is not named with the place they represent', () => {
    const a = analyse('Sen. Ada Pell of Florida voted no.');
    assert.deepEqual(names(a), ['Ada Pell', 'Florida']);
  });

  test('a common word capitalised for emphasis names nothing', () => {
    const a = analyse('We study history. History is hard, said Ada Pell.');
    assert.deepEqual(names(a), ['Ada Pell']);
  });
});

suite('names a reader trusts: organisations', () => {
  test('teams, firms and institutions are organisations, not people', () => {
    const a = analyse('The Dallas Mavericks hired Latham & Watkins, and Human Rights Watch and Pew Research objected.');
    for (const org of ['Dallas Mavericks', 'Latham & Watkins', 'Human Rights Watch', 'Pew Research']) assert.equal(named(a, org).type, 'organization', org);
    assert.deepEqual(a.entities.filter((e) => e.type === 'person'), []);
  });

  test('an organisation head word alone is the organisation the document named', () => {
    const a = analyse('The Church of Zorvism denied it. The Church said nothing more.');
    assert.deepEqual(named(a, 'Church of Zorvism').mentions.map((m) => m.text), ['Church of Zorvism', 'Church']);
  });

  test('the White House is an organisation, also run into the president who holds it; “Foreign Affairs” alone is no name', () => {
    const a = analyse('The White House said nothing. Aides to Barack Obama said the Obama White House would answer. Foreign Affairs.');
    assert.equal(named(a, 'White House').type, 'organization');
    assert.deepEqual(named(a, 'White House').mentions.map((m) => m.text), ['White House', 'White House']);
    assert.deepEqual(named(a, 'Barack Obama').mentions.map((m) => m.text), ['Barack Obama', 'Obama']);
    assert.deepEqual(names(a), ['Barack Obama', 'White House']);
  });

  test('a letter with a number of one or two digits is a name (“G20”, “U2”); a lone letter is not', () => {
    const a = analyse('The G20 leaders met in Rome, and U2 played for them. The G20 thanked U2. Row 60 X was empty.');
    assert.equal(named(a, 'G20').type, 'organization');
    assert.equal(named(a, 'U2').type, 'organization');
    assert.ok(!names(a).includes('X'));
  });
});

suite('names a reader trusts: aliases', () => {
  test('a name without its middle initial joins the fuller name, in the document and across the corpus', () => {
    const a = analyse({ 'a.txt': 'Ada J. Pell spoke.', 'b.txt': 'Later Ada Pell left, and Pell’s aides followed.' });
    assert.deepEqual(named(a, 'Ada J. Pell').mentions.map((m) => m.text), ['Ada J. Pell', 'Ada Pell', 'Pell']);
  });

  test('acronyms join their expansion across documents, and "the X news agency" joins X News Agency', () => {
    const a = analyse({
      'a.txt': 'The Federal Office of Zoning ruled. The Kesta News Agency reported it.',
      'b.txt': 'The FOZ ruled again, the Kesta news agency said.',
    });
    assert.deepEqual(named(a, 'Federal Office of Zoning').aliases, ['FOZ']);
    assert.ok(named(a, 'Kesta News Agency').aliases.includes('Kesta'));
  });

  test('an acronym opening a longer name in the article is not that name, unless a company tail is all it adds', () => {
    const a = analyse({
      'a.txt': 'Staff at Zorb News were told on Monday. Later ZORB said the cuts would go ahead.',
      'b.txt': 'The Kelt Group said on Monday it would cut jobs. Later KELT said profits doubled, and the Vexo PSX sold well. The PSX is cheap.',
    });
    assert.equal(named(a, 'ZORB').mentions.length, 1);
    assert.deepEqual(named(a, 'Kelt Group').aliases, ['KELT']);
    assert.deepEqual(named(a, 'Vexo PSX').aliases, ['PSX']);
  });

  test('a hyphenated word gives an initial for each part: AFP is Agence France-Presse', () => {
    const a = analyse({ 'a.txt': 'With Reuters and Agence France-Presse.', 'b.txt': 'The talks ended, AFP reported.' });
    assert.deepEqual(named(a, 'Agence France-Presse').aliases, ['AFP']);
  });

  test('a news agency named in translation is the agency: the New China news agency is Xinhua', () => {
    const a = analyse({
      'a.txt': 'The envoy arrived, according to the New China news agency. The German Press Agency agreed.',
      'b.txt': 'Xinhua said the talks went well, and Deutsche Presse-Agentur reported the same.',
    });
    assert.deepEqual(named(a, 'Xinhua').aliases, ['New China']);
    assert.deepEqual(named(a, 'Deutsche Presse-Agentur').aliases, ['German Press Agency']);
  });

  test('"New China" alone is no news agency', () => {
    const a = analyse({ 'a.txt': 'Xinhua reported it. Life in New China was hard at first, Xinhua said.' });
    assert.deepEqual(named(a, 'Xinhua').aliases, []);
  });

  test('a nation-qualified name and the short form after it are one entity with the corpus’s shorter name', () => {
    const a = analyse({
      'a.txt': 'The US Zoning Office said so. Later the Zoning Office agreed.',
      'b.txt': 'The Zoning Office ruled on Monday.',
    });
    assert.deepEqual(a.entities.filter((e) => /Zoning Office/.test(e.name)).map((e) => e.mentions.length), [3]);
  });

  test('a party, a state or a city before a name is no nation: the party committees and a state’s party stay apart', () => {
    const a = analyse({
      'a.txt': 'The Republican National Committee met. The Democratic National Committee did not.',
      'b.txt': 'The National Committee of the league voted. The Ohio Zoning Office agreed.',
      'c.txt': 'The Zoning Office ruled on Monday.',
    });
    for (const name of ['Republican National Committee', 'Democratic National Committee', 'National Committee', 'Ohio Zoning Office', 'Zoning Office']) assert.equal(named(a, name).mentions.length, 1, name);
  });

  test('a branch named "X of <place>" is not X across articles', () => {
    const a = analyse({
      'a.txt': 'The Zoning Office of Wyoming met on Monday.',
      'b.txt': 'The Zoning Office ruled. Later the Zoning Office agreed.',
    });
    assert.equal(named(a, 'Zoning Office of Wyoming').mentions.length, 1);
    assert.equal(named(a, 'Zoning Office').mentions.length, 2);
  });

  test('a full stop typed inside a titled name ("Secretary Gina. Raimondo.") does not cut it in two', () => {
    const a = analyse('Trips are planned by Treasury Secretary Janet Yellen and Commerce Secretary Gina. Raimondo.\nMore talks follow.');
    assert.deepEqual(named(a, 'Gina Raimondo').mentions.map((m) => m.text), ['Gina. Raimondo']);
    const sentences = analyse('The talks were led by Secretary Ada Pell and her aide Gina. Later they left. Secretary Ada. Meanwhile, they met.');
    assert.ok(!names(sentences).some((n) => /Later|Meanwhile/.test(n)), names(sentences).join(', '));
  });

  test('a common word run into a given name ("Debate Bernie") lends its given name to no one elsewhere', () => {
    const a = analyse({
      'a.txt': 'Camp Declining To Debate Bernie – What ever happened to debating?\nThe aides said no.',
      'b.txt': 'Bernie spoke at the rally on Monday. Later Bernie left for Iowa.',
    });
    const bernie = a.entities.find((e) => e.mentions.some((m) => m.doc === 'b.txt' && m.text === 'Bernie'));
    assert.ok(bernie && bernie.name === 'Bernie', a.entities.map((e) => `${e.name}: ${e.mentions.map((m) => m.doc).join(' ')}`).join(', '));
  });

  test('a given name alone is the one person nearly every full name with it in the corpus is', () => {
    const docs: Record<string, string> = { 'z.txt': 'Paula won again on Sunday, ahead of the field.' };
    for (let i = 0; i < 5; i++) docs[`p${i}.txt`] = `Paula Radcliffe ran in race ${i}.`;
    assert.deepEqual(named(analyse(docs), 'Paula Radcliffe').mentions.filter((m) => m.doc === 'z.txt').map((m) => m.text), ['Paula']);
    // Added to the same corpus, a second Paula takes the bare name back from the first.
    const corpus = corpusOf(docs);
    assert.ok(named(corpus.analysis(), 'Paula Radcliffe').mentions.some((m) => m.doc === 'z.txt'));
    for (let i = 0; i < 5; i++) corpus.setDocument(`q${i}.txt`, `Paula Abdul sang in show ${i}.`);
    const two = corpus.analysis();
    assert.ok(!named(two, 'Paula Radcliffe').mentions.some((m) => m.doc === 'z.txt') && !named(two, 'Paula Abdul').mentions.some((m) => m.doc === 'z.txt'), 'two Paulas: the bare name is neither');
  });

  test('a name written with a curly apostrophe, an accent or full stops by one outlet and without by another is one name', () => {
    const a = analyse({ 'a.txt': 'Martin O’Malley spoke in Iowa. O’Malley left.', 'b.txt': "Martin O'Malley spoke again. O'Malley smiled." });
    assert.deepEqual(a.entities.filter((e) => /Malley/.test(e.name)).map((e) => e.mentions.length), [4]);
    const accents = analyse({ 'a.txt': 'François Hollande spoke in Paris.', 'b.txt': 'Francois Hollande spoke again.' });
    assert.deepEqual(accents.entities.filter((e) => /Hollande/.test(e.name)).map((e) => e.mentions.length), [2], 'an accent dropped by one outlet');
    const initials = analyse({ 'a.txt': 'The U.N. Security Council met in New York.', 'b.txt': 'The UN Security Council met again.' });
    assert.deepEqual(initials.entities.filter((e) => /Security Council/.test(e.name)).map((e) => e.mentions.length), [2], 'initials with and without full stops');
  });

  test('an acronym two organisations could stand for, or names sharing a word, stay apart', () => {
    const a = analyse({
      'a.txt': 'The Democratic National Committee met the Democratic National Convention.',
      'b.txt': 'The DNC said it would meet. Ada Pell and Ivo Pell came.',
    });
    assert.equal(named(a, 'DNC').mentions.length, 1);
    assert.equal(named(a, 'Ada Pell').mentions.length, 1);
    assert.equal(named(a, 'Ivo Pell').mentions.length, 1);
  });
});
