import * as assert from 'node:assert/strict';
import { attributeSpeakers, findQuotations, QuoteLinker } from '../../../src/core/quotes';

/** Feeds documents through detection and attribution into a linker, as the corpus does. */
function linkerWith(docs: Record<string, string>): QuoteLinker {
  const linker = new QuoteLinker();
  for (const [doc, text] of Object.entries(docs)) set(linker, doc, text);
  return linker;
}

function set(linker: QuoteLinker, doc: string, text: string): void {
  const quotes = findQuotations(text);
  const who = attributeSpeakers(text, quotes, []);
  linker.setDocument(doc, text, quotes.map((q, i) => ({ ...q, ...who[i] })));
}

/** The clusters as the texts a reader would see, member by member. */
function clusterTexts(linker: QuoteLinker, docs: Record<string, string>): string[][] {
  return linker.link().clusters.map((c) => c.members.map((m) => `${m.doc}: ${docs[m.doc].slice(m.start, m.end)}`));
}

const A = {
  a: 'The talks were “frank, substantial and constructive”, the spokesman said on Sunday evening.',
  b: 'The ministry called the talks “frank, substantial and constructive,” a spokesman told reporters.',
  c: 'Officials described the meeting as candid, substantial and constructive although no progress was made.',
  d: 'Both sides described the talks in official statements as frank, deep and constructive.',
};

suite('QuoteLinker', () => {
  test('links exact repeats, near-exact variants and unmarked restatements into one cluster', () => {
    assert.deepEqual(clusterTexts(linkerWith(A), A), [
      [
        'a: frank, substantial and constructive',
        'b: frank, substantial and constructive',
        'c: candid, substantial and constructive',
        'd: frank, deep and constructive',
      ],
    ]);
  });

  test('reports restatements without marks as unmarked members', () => {
    const unmarked = linkerWith(A).link().unmarked.map((u) => `${u.doc}: ${A[u.doc as keyof typeof A].slice(u.start, u.end)}`);
    assert.deepEqual(unmarked, ['c: candid, substantial and constructive', 'd: frank, deep and constructive']);
  });

  test('links a translation that rewords a long statement', () => {
    const docs = {
      x: '“The border issue constitutes the core of our fundamental interests, the most important issue in bilateral relations and the most significant peril,” the minister said.',
      y: 'The minister stressed that the border issue is the core of our interests, the most important issue in bilateral relations and the most significant risk, state media reported.',
    };
    const [cluster] = clusterTexts(linkerWith(docs), docs);
    assert.equal(cluster.length, 2);
    assert.match(cluster[1], /^y: the border issue is the core .* most significant risk$/);
  });

  test('keeps two different statements on the same subject apart', () => {
    const docs = {
      x: '“Maintaining national unity is always at the core of our nation’s core interests,” the adviser told his guest.',
      y: '“The border issue constitutes the core of our nation’s fundamental interests and the most significant peril,” the minister said.',
    };
    assert.deepEqual(clusterTexts(linkerWith(docs), docs), []);
  });

  test('keeps a statement and its negation apart', () => {
    const docs = {
      x: '“We will cut oil supply if prices keep falling this year,” the minister said.',
      y: '“We will not cut oil supply if prices keep falling this year,” the minister said.',
    };
    assert.deepEqual(clusterTexts(linkerWith(docs), docs), []);
  });

  test('a generic one-word fragment does not link unrelated articles', () => {
    const docs = {
      x: 'The president welcomed the “progress” made in trade talks with the neighbours.',
      y: 'The striker said his knee showed “progress” after weeks of physiotherapy at the club.',
    };
    assert.deepEqual(clusterTexts(linkerWith(docs), docs), []);
  });

  test('a one-word fragment links when its context agrees, as in a duplicated article', () => {
    const text = 'Officials called the object a “spy” balloon before shooting it down over the coast.';
    assert.equal(clusterTexts(linkerWith({ x: text, y: text }), { x: text, y: text }).length, 1);
  });

  test('a repeat inside one document makes no cluster on its own', () => {
    const text = '“We will never give in on this issue,” he said. Later he added: “We will never give in on this issue.”';
    assert.deepEqual(clusterTexts(linkerWith({ x: text }), { x: text }), []);
  });

  test('removing a document takes its members out of every cluster', () => {
    const linker = linkerWith(A);
    linker.removeDocument('b');
    linker.removeDocument('a');
    assert.deepEqual(linker.link(), { clusters: [], unmarked: [], links: [] });
  });

  test('replacing a document relinks only what it now says', () => {
    const linker = linkerWith(A);
    set(linker, 'c', 'Nothing was said about the talks today.');
    const docsSeen = linker.link().clusters.flatMap((c) => c.members.map((m) => m.doc));
    assert.deepEqual(docsSeen, ['a', 'b', 'd']);
  });

  test('cluster ids do not depend on the order documents arrive in', () => {
    const forward = linkerWith(A).link();
    const reversed = linkerWith(Object.fromEntries(Object.entries(A).reverse())).link();
    assert.deepEqual(reversed, forward);
    assert.equal(forward.clusters[0].id, `c:a:${A.a.indexOf('frank')}`);
  });
});

suite('QuoteLinker short phrases', () => {
  test('a short phrase links to a variant that keeps its content word when the context agrees', () => {
    const docs = {
      x: 'He said ties were “at their lowest” since diplomatic relations were established in 1979.',
      y: 'The minister saw the relationship “at its lowest point” since diplomatic relations were established in 1979.',
    };
    assert.equal(clusterTexts(linkerWith(docs), docs).length, 1);
  });
});
