import * as assert from 'node:assert/strict';
import { attributeSpeakers, findQuotations, type ResolvedMention } from '../../../src/core/quotes';
import { buildRoleTable, resolveRole } from '../../../src/core/quotes/roleTable';

/** Person mentions for each name, wherever it occurs. */
function people(text: string, names: [string, string][]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const [name, entityId] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) out.push({ start: i, end: i + name.length, entityId, type: 'person' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Who the document's role table says a description stands for. */
function resolve(text: string, names: [string, string][], description: string): string | null {
  return resolveRole(buildRoleTable(text, people(text, names)), description);
}

suite('role table: descriptions that stand for a person the article introduced', () => {
  test('a title before the name, abbreviations spelled out: "Indiana Gov. Mike Pence" is "the Indiana governor"', () => {
    const text = 'Indiana Gov. Mike Pence spoke first.';
    assert.equal(resolve(text, [['Mike Pence', 'p:pence']], 'the Indiana governor'), 'p:pence');
    assert.equal(resolve(text, [['Gov. Mike Pence', 'p:pence']], 'the governor'), 'p:pence');
    assert.equal(resolve('Republican nominee Ann Lee was in Ohio.', [['Ann Lee', 'p:lee']], 'the Republican nominee'), 'p:lee');
  });

  test('a description in apposition after or before the name', () => {
    assert.equal(resolve('Ann Lee, the former secretary of state, spoke.', [['Ann Lee', 'p:lee']], 'the former secretary of state'), 'p:lee');
    assert.equal(resolve('The bureau’s director, Tom Reed, spoke.', [['Tom Reed', 'p:reed']], 'the bureau’s director'), 'p:reed');
  });

  test('"former" picks the one the article calls former when two held the role', () => {
    const text = 'Secretary of State Tom Reed met Ann Lee, the former secretary of state, on Monday.';
    const names: [string, string][] = [['Tom Reed', 'p:reed'], ['Ann Lee', 'p:lee']];
    assert.equal(resolve(text, names, 'the former secretary of state'), 'p:lee');
    assert.equal(resolve(text, names, 'the secretary of state'), 'p:reed');
  });

  test('a counterpart resolves only with the qualifier the article tied it to', () => {
    const text = 'Tom Reed met his Chinese counterpart Li Wen on Sunday.';
    const names: [string, string][] = [['Tom Reed', 'p:reed'], ['Li Wen', 'p:li']];
    assert.equal(resolve(text, names, 'his Chinese counterpart'), 'p:li');
    assert.equal(resolve(text, names, 'his counterpart'), null);
  });

  test('nothing tied, two people tied, or no role noun: the description stays unresolved', () => {
    assert.equal(resolve('Ann Lee spoke in Texas.', [['Ann Lee', 'p:lee']], 'the Texas governor'), null);
    const two = 'Ohio Gov. Ann Lee and Iowa Gov. Tom Reed met.';
    assert.equal(resolve(two, [['Ann Lee', 'p:lee'], ['Tom Reed', 'p:reed']], 'the governor'), null);
    assert.equal(resolve(two, [['Ann Lee', 'p:lee'], ['Tom Reed', 'p:reed']], 'the Iowa governor'), 'p:reed');
    assert.equal(resolve('Mr. Tom Reed spoke.', [['Tom Reed', 'p:reed']], 'the crowd'), null);
    assert.equal(resolve('The cuts by shadow chancellor Tom Reed failed.', [['Tom Reed', 'p:reed']], 'the chancellor'), null);
    assert.equal(resolve('FBI deputy director Tom Reed spoke.', [['Tom Reed', 'p:reed']], 'the director'), null);
    assert.equal(resolve('He said that Tom Reed would go.', [['Tom Reed', 'p:reed']], 'the president'), null);
  });

  test('a quotation whose speaker is a description carries the person and keeps the description as its text', () => {
    const text = 'Indiana Gov. Ann Lee spoke later.\n\n“We will win,” the Indiana governor said.';
    const quotes = findQuotations(text);
    assert.deepEqual(attributeSpeakers(text, quotes, people(text, [['Ann Lee', 'p:lee']])), [{ speaker: 'p:lee', speakerText: 'the Indiana governor' }]);
    const untied = 'Ann Lee spoke later.\n\n“We will win,” the Indiana governor said.';
    assert.deepEqual(attributeSpeakers(untied, findQuotations(untied), people(untied, [['Ann Lee', 'p:lee']])), [{ speaker: null, speakerText: 'the Indiana governor' }]);
  });
});
