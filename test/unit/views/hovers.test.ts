import * as assert from 'node:assert/strict';
import { entityHover } from '../../../src/core/views/entityHover';
import { quoteHover } from '../../../src/core/views/quoteHover';
import { COMMANDS, fixtureIndex } from './fixture';

function commandsIn(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
}

suite('hovers', () => {
  test('a quotation hover names the speaker, document and kind', () => {
    const index = fixtureIndex();
    const md = quoteHover(index, index.quote('qb1')!, COMMANDS);
    assert.match(md, /\*\*“candid, substantial and constructive”\*\*/);
    assert.match(md, /\[\$\(person\) Ana Reyes\]\(command:test\.revealEntity\?/);
    assert.match(md, /`b\.txt` · fragment/);
  });

  test('a quotation hover lists every other source with the differing words in bold', () => {
    const index = fixtureIndex();
    const md = quoteHover(index, index.quote('qb1')!, COMMANDS);
    assert.match(md, /Also reported by 2 other sources/);
    assert.match(md, /`a\.txt` · Ana Reyes: “\*\*We\*\* \*\*had\*\* \*\*frank\*\*, \*\*deep\*\* and constructive \*\*talks\*\*,”/);
    assert.match(md, /`sub\/c\.md` · Ana Reyes: “\*\*frank\*\*, \*\*deep\*\* and constructive”/);
  });

  test('a quotation hover offers only the given commands, with arguments', () => {
    const index = fixtureIndex();
    const md = quoteHover(index, index.quote('qa1')!, COMMANDS);
    assert.deepEqual(new Set(commandsIn(md)), new Set(Object.values(COMMANDS)));
    const next = md.match(/command:test\.nextRelated\?([^ )]+)/)![1];
    assert.deepEqual(JSON.parse(decodeURIComponent(next)), [{ quoteId: 'qa1' }]);
  });

  test('a quotation alone has no related links and says nothing about other sources', () => {
    const index = fixtureIndex();
    const md = quoteHover(index, index.quote('qc2')!, COMMANDS);
    assert.doesNotMatch(md, /Also reported/);
    assert.deepEqual(commandsIn(md), [COMMANDS.revealQuotation, COMMANDS.tag, COMMANDS.note]);
    assert.match(md, /\$\(person\) A spokesman/);
  });

  test('an unresolved pronoun shows as an unknown speaker, with the word the text used', () => {
    const index = fixtureIndex();
    const md = quoteHover(index, { ...index.quote('qc2')!, speakerText: 'he' }, COMMANDS);
    assert.match(md, /\$\(person\) Unknown speaker \(as “he”\)/);
  });

  test('document text cannot inject links, commands or icons into a hover', () => {
    const index = fixtureIndex();
    const evil = { ...index.quote('qc2')!, text: 'see [here](command:workbench.action.terminal.new) $(zap) <b>x</b>', speakerText: '*[x](command:evil)*' };
    const md = quoteHover(index, evil, COMMANDS, []);
    assert.deepEqual(commandsIn(md), [COMMANDS.revealQuotation, COMMANDS.tag, COMMANDS.note]);
    assert.ok(!md.includes('$(zap)') && !md.includes('<b>'));
  });

  test('a quotation hover offers to tag it or write a note on it, naming its exact span', () => {
    const index = fixtureIndex();
    const quote = index.quote('qa1')!;
    const md = quoteHover(index, quote, COMMANDS);
    const link = md.match(/\]\(command:test\.tag\?([^ )]+)/);
    assert.ok(link, 'a Tag link');
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [{ doc: quote.doc, start: quote.start, end: quote.end }]);
  });

  test('extra sections, such as tags and notes, appear between the sources and the links', () => {
    const index = fixtureIndex();
    const md = quoteHover(index, index.quote('qa2')!, COMMANDS, ['**Tags:** x']);
    assert.ok(md.indexOf('**Tags:** x') < md.indexOf('Show in Quotations view'));
  });

  test('an entity hover gives type, aliases, mentions per document and quotations', () => {
    const index = fixtureIndex();
    const md = entityHover(index, index.entity('reyes')!, COMMANDS);
    assert.match(md, /\$\(person\) \*\*Ana Reyes\*\* · Person/);
    assert.match(md, /Also called “Reyes”/);
    assert.match(md, /4 mentions in 3 documents/);
    assert.match(md, /- `a\.txt`: \[2 mentions\]\(command:test\.open\?/);
    assert.match(md, /3 quotations by this person/);
  });

  test('an entity hover escapes a name taken from the text', () => {
    const index = fixtureIndex();
    const md = entityHover(index, index.entity('group')!, COMMANDS);
    assert.match(md, /\*\*The \\\*Lima\\\* \\\[Group\\\]\\\(x\\\)\*\* · Organisation/);
    assert.doesNotMatch(md, /quotations by/);
  });
});
