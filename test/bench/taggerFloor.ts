// What a cold `analyze seeds --json` cannot go below with this tagger: a process that loads wink-nlp
// and its model as the command line does (src/node/winkModel.ts) and tags the seeds' tokens with
// their parts of speech, and does nothing else. test/bench/analysis.ts bundles it as the CLI's
// analyze bundle is built and times it beside `node -e 0` and the CLI.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import * as model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model as unknown as Parameters<typeof winkNLP>[0], ['pos']);
const dir = process.argv[2];
for (const f of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
  nlp.readDoc(readFileSync(join(dir, f), 'utf8')).tokens().out(nlp.its.pos);
}
