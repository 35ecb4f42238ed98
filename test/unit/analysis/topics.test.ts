import * as assert from 'node:assert/strict';
import { parseTopicList } from '../../../src/core/analysis/topicList';
import { corpusOf } from './corpusOf';

const DOCS: Record<string, string> = {
  'a.txt': 'The spy balloon crossed the border. Officials tracked the spy balloon for days. Farm subsidies were also debated.',
  'b.txt': 'A spy balloon was shot down. Fishing quotas angered the coastal towns. The fishing quotas stay.',
  'c.txt': 'Nobody expected the spy balloon. Talks on fishing quotas resume soon.',
};

suite('topics', () => {
  test('phrases repeated across documents become topics with their passages', () => {
    const corpus = corpusOf(DOCS);
    const topics = corpus.analysis().topics;
    const balloon = topics.find((t) => /spy balloon/.test(t.name));
    assert.ok(balloon, topics.map((t) => t.name).join(' | '));
    assert.equal(balloon.passages.length, 4);
    for (const p of balloon.passages) assert.match(DOCS[p.doc].slice(p.start, p.end), /spy balloon/);
    assert.ok(topics.some((t) => /fishing quota/i.test(t.name)));
  });

  test('office titles, capitals standing for governments and news agencies do not become topics', () => {
    const docs: Record<string, string> = {
      'a.txt': 'The Foreign Minister of Kenya met reporters. Nairobi said the fishing quotas stay. Photo: Vexa/AFP',
      'b.txt': 'The Foreign Minister spoke on fishing quotas. Nairobi rejected the claim. Photo: Vexa/AFP',
      'c.txt': 'Nairobi and the Foreign Minister want new fishing quotas. (AFP)',
    };
    const corpus = corpusOf(docs);
    const names = corpus.analysis().topics.map((t) => t.name).join(' | ');
    assert.match(names, /fishing quota/i);
    assert.doesNotMatch(names, /Minister|Nairobi|AFP/);
  });

  test('subjects the texts list side by side become topics of their own, not one merged topic', () => {
    const docs: Record<string, string> = {
      'a.txt': 'The talks covered many issues, including tariffs, vaccines and pipelines. Tariffs hurt farmers.',
      'b.txt': 'Among the issues raised were tariffs, vaccines, pipelines and drought. The vaccines arrived late.',
      'c.txt': 'Pipelines leaked again. Officials met on Monday and the weather was fine, the hall was full.',
    };
    const corpus = corpusOf(docs);
    const names = corpus.analysis().topics.map((t) => t.name);
    for (const subject of ['tariffs', 'vaccines', 'pipelines']) assert.ok(names.some((n) => n.toLowerCase() === subject), `${subject} in ${names.join(' | ')}`);
  });

  test('a user topic list adds topics matched by its phrases', () => {
    const { topics: defined, problems } = parseTopicList('topics:\n  - name: Agriculture\n    phrases: [farm subsidies, fishing]\n');
    assert.deepEqual(problems, []);
    const corpus = corpusOf(DOCS, { topics: defined });
    const agriculture = corpus.analysis().topics.find((t) => t.name === 'Agriculture');
    assert.ok(agriculture);
    assert.equal(agriculture.passages.length, 4);
  });

  test('a malformed topic list is reported, not fatal', () => {
    assert.match(parseTopicList('topics: [').problems[0], /not valid YAML/);
    assert.match(parseTopicList('- a\n- b').problems[0], /topics:/);
    assert.match(parseTopicList('topics:\n  - phrases: [x]').problems[0], /no name/);
  });

  test('honorifics and fragments of longer names do not name topics', () => {
    const docs: Record<string, string> = {
      'a.txt': 'Sir Alan wants extra cash for schools. Fans in New York cheered the plan.',
      'b.txt': 'Extra cash was promised by Sir Alan. New York was quiet about it.',
      'c.txt': 'The extra cash never came, Sir Alan said. The show moved to New York.',
    };
    const corpus = corpusOf(docs);
    const names = corpus.analysis().topics.map((t) => t.name);
    assert.ok(names.some((n) => /extra cash/i.test(n)), names.join(' | '));
    assert.ok(names.every((n) => !/\bSir\b/.test(n) && n !== 'York'), names.join(' | '));
  });
});

suite('topics a reader would name', () => {
  test('a place the Entities view lists is no topic by its name alone', () => {
    const docs: Record<string, string> = {
      'a.txt': 'Officials in Kenya debated fishing quotas. Kenya said the fishing quotas stay.',
      'b.txt': 'The fishing quotas angered Kenya again. Kenya sent boats to the lake.',
      'c.txt': 'Kenya wants new fishing quotas before the rains.',
    };
    const names = corpusOf(docs).analysis().topics.map((t) => t.name);
    assert.ok(names.some((n) => /fishing quota/i.test(n)), names.join(' | '));
    assert.ok(!names.some((n) => /Kenya/.test(n)), names.join(' | '));
  });

  test('a place the texts list among their subjects and discuss as one stays a topic', () => {
    const docs: Record<string, string> = {
      'a.txt': 'The talks covered issues including Taiwan, tariffs and vaccines. The Taiwan issue dominated.',
      'b.txt': 'Among the issues raised were Taiwan, tariffs, vaccines and drought. The Taiwan issue came first.',
      'c.txt': 'Taiwan was discussed at length. Tariffs on steel rose.',
    };
    const names = corpusOf(docs).analysis().topics.map((t) => t.name);
    assert.ok(names.some((n) => /^Taiwan/.test(n)), names.join(' | '));
  });

  test('travel and geography nouns ("trip", "island") are not topics', () => {
    const docs: Record<string, string> = {
      'a.txt': 'The trip to the island began with talks on fishing quotas. The trip was short.',
      'b.txt': 'On the island the fishing quotas were debated. The island trip ended early.',
      'c.txt': 'Her trip covered fishing quotas and the island ferry.',
    };
    const names = corpusOf(docs).analysis().topics.map((t) => t.name.toLowerCase());
    assert.ok(names.some((n) => /fishing quota/.test(n)), names.join(' | '));
    assert.ok(!names.some((n) => /\b(?:trip|island)\b/.test(n)), names.join(' | '));
  });

  test('a place name of several words is not a topic, whole or in pieces', () => {
    const docs: Record<string, string> = {
      'a.txt': 'Ships crossed the South China Sea. Claims in the South China Sea grew. Fishing quotas stayed.',
      'b.txt': 'The South China Sea patrols resumed. Fishing quotas were cut.',
      'c.txt': 'Reefs in the South China Sea were mapped. Fishing quotas rose.',
    };
    const names = corpusOf(docs).analysis().topics.map((t) => t.name);
    assert.ok(names.some((n) => /fishing quota/i.test(n)), names.join(' | '));
    assert.ok(!names.some((n) => /China Sea|South China/.test(n)), names.join(' | '));
  });

  test('an organisation the Entities view lists is no topic in pieces or behind a descriptor', () => {
    const docs: Record<string, string> = {
      'a.txt': 'The Chinese Communist Party met. Fishing quotas stayed, state broadcaster CCTV said.',
      'b.txt': 'The Chinese Communist Party (CCP) ruled. Fishing quotas were cut, according to state broadcaster CCTV.',
      'c.txt': 'Fishing quotas rose, broadcaster CCTV reported. The Chinese Communist Party newspaper agreed.',
    };
    const analysis = corpusOf(docs).analysis();
    const names = analysis.topics.map((t) => t.name);
    assert.ok(analysis.entities.some((e) => e.name === 'CCTV') && analysis.entities.some((e) => e.name === 'Chinese Communist Party'), analysis.entities.map((e) => e.name).join(' | '));
    assert.ok(names.some((n) => /fishing quota/i.test(n)), names.join(' | '));
    assert.ok(!names.some((n) => /CCTV|Communist Party/.test(n)), names.join(' | '));
  });

  test('a hyphenated compound opens a phrase whole ("one-China principle"), never half of it', () => {
    const docs: Record<string, string> = {
      'a.txt': 'Beijing urged respect for the one-China principle at a closed-door meeting.',
      'b.txt': 'The one-China principle was raised. A closed-door meeting followed.',
      'c.txt': 'Both spoke of the one-China principle after the closed-door meeting.',
    };
    const topics = corpusOf(docs).analysis().topics;
    const names = topics.map((t) => t.name);
    assert.ok(names.some((n) => /^one-China principle\b/.test(n)), names.join(' | '));
    assert.ok(!names.some((n) => /^(?:China principle|door meeting|closed-door)$/i.test(n)), names.join(' | '));
  });

  test('a word the articles write in lower case stays a topic though a name in the Entities view holds it', () => {
    const lower: Record<string, string> = {};
    for (let i = 0; i < 4; i++) lower[`d${i}.txt`] = 'The harvest was good. We liked the harvest. Fishing quotas stayed. "It ships soon," said Anna Harvest.';
    const a = corpusOf(lower).analysis();
    assert.ok(a.entities.some((e) => e.type === 'person' && e.name === 'Anna Harvest'), a.entities.map((e) => e.name).join(' | '));
    assert.ok(a.topics.some((t) => t.name === 'harvest'), a.topics.map((t) => t.name).join(' | '));
    const named: Record<string, string> = {};
    for (let i = 0; i < 4; i++) named[`d${i}.txt`] = 'Anna Harvest spoke first. Harvest left early. Fishing quotas stayed. Harvest came back.';
    const b = corpusOf(named).analysis();
    assert.ok(!b.topics.some((t) => /harvest/i.test(t.name)), b.topics.map((t) => t.name).join(' | '));
  });

  test('in a large corpus a word found in over a third of the articles is its backdrop, not a topic', () => {
    const docs: Record<string, string> = {};
    // "election" in 24 of 60 articles, one sentence in eighteen; the harbour's words in every one.
    for (let i = 0; i < 60; i++) docs[`d${i}.txt`] = `${i % 5 < 2 ? 'The election was delayed. ' : ''}Fishing quotas rose by ${i}. The boats sailed. The nets tore. The harbour froze. The gulls left.`;
    const names = corpusOf(docs).analysis().topics.map((t) => t.name);
    assert.ok(names.some((n) => /fishing quota/i.test(n)), names.join(' | '));
    assert.ok(!names.some((n) => /^(?:election|boats|nets|harbour|gulls)$/.test(n)), names.join(' | '));
  });
});
