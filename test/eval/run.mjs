// `npm run eval`: runs the analysis over the shared development sets and prints the scorers' figures
// beside the targets. Reads ../shared (never copied into the project); writes only to a temporary folder.
//   node test/eval/run.mjs [--errors N]   (passes --errors to the attribution scorer)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(root, '..', 'shared');
const cli = path.join(root, 'dist', 'cli.js');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-eval-'));
const errors = process.argv.includes('--errors') ? ['--errors', process.argv[process.argv.indexOf('--errors') + 1]] : [];

if (!fs.existsSync(path.join(shared, 'eval'))) {
  console.error(`No development sets at ${shared}: npm run eval needs ../shared beside the project.`);
  process.exit(2);
}

function analyze(folder, name) {
  const file = path.join(out, `${name}.json`);
  const json = execFileSync(process.execPath, [cli, 'analyze', folder, '--json'], { maxBuffer: 1 << 30 });
  fs.writeFileSync(file, json);
  return file;
}

function score(script, args) {
  const text = execFileSync(process.execPath, [path.join(shared, 'eval', script), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = text.trim().split('\n').findLast((l) => l.startsWith('score:')) ?? '';
  const values = Object.fromEntries(line.slice('score:'.length).trim().split(/\s+/).map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
  return { text, values };
}

const polnear = path.join(shared, 'corpora', 'polnear-train');
const gum = path.join(shared, 'corpora', 'gum-entities');
const polnearJson = analyze(path.join(polnear, 'articles'), 'polnear');
const gumJson = analyze(path.join(gum, 'articles'), 'gum');

const attribution = score('score-attribution.mjs', [path.join(polnear, 'gold'), polnearJson, ...errors]);
const links = score('score-links.mjs', [path.join(polnear, 'links.jsonl'), polnearJson]);
const entities = score('score-entities.mjs', [gum, gumJson]);
if (errors.length) console.log(attribution.text);

const rows = [
  ['speakers (PolNeAR)', 'right speaker, named source', attribution.values.named_acc, '>= 0.90'],
  ['', 'no speaker, named source', attribution.values.named_none, '<= 0.05'],
  ['', 'quotation F1', attribution.values.quote_f1, '>= 0.97'],
  ['entities (GUM)', 'typed F1', entities.values.typed_f1, '>= 0.82'],
  ['', 'junk entities', entities.values.junk_rate, '<= 0.08'],
  ['', 'chains written two ways merged', entities.values.alias_merge_rate, '>= 0.70'],
  ['links (PolNeAR pairs)', 'precision', links.values.precision, '>= 0.90'],
  ['', 'recall', links.values.recall, '>= 0.75'],
  ['', 'recall, partial quotations', links.values.recall_partial, '>= 0.60'],
  ['', 'recall, paraphrases', links.values.recall_paraphrase, '> 0'],
];
console.log('| set | measure | now | target |\n| --- | --- | --- | --- |');
for (const [set, measure, value, target] of rows) console.log(`| ${set} | ${measure} | ${value?.toFixed(3) ?? '?'} | ${target} |`);
console.log(`\nAnalyses kept in ${out}`);
