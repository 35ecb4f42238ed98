// The tagger's model as the Node bundles load it (esbuild.mjs puts this module in the place of
// `wink-eng-lite-web-model` there; the web bundle and the tests load the package itself). The
// package's own loader parses its 3 MB core JSON, copies it whole once more (stringify and parse),
// decodes two base64 tables a character at a time, and parses the sentiment, entity and negation
// models the tagger never runs here: about three fifths of the CLI's cold start went to it. This
// one reads the same files and builds the same core (a unit test compares the two) without the
// copy, with Node's own base64 decoder, and gives the unused annotations empty machines.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Defined by the build (esbuild.mjs) in every bundle; undefined when run from the sources.
declare const MARGINALIA_ENGINE_VERSION: string | undefined;

/** The package's `dist` folder: copied beside the bundle as wink-model/ by the build, else in node_modules. */
export const MODEL_DIR: string =
  typeof MARGINALIA_ENGINE_VERSION === 'string' ? join(__dirname, 'wink-model') : dirname(require.resolve('wink-eng-lite-web-model'));
const CORE_FILE = 'languages/cur/models/eng-core-web-model.json';

type Layout = Record<string, number[]>;
interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: Feature };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** A table of 32-bit words stored as base64, in a buffer of its own as the tagger expects. */
function words(base64: string): Uint32Array {
  return new Uint32Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
}

/** Each entry of a list mapped to its position; a later duplicate wins, as in the package. */
function positions(list: unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The core model (lexicon, features and their look-up tables) as the package's `core()` gives it,
 * read from `dir`. Each call builds a fresh one: the tagger adds the words it meets to it.
 */
export function loadCore(dir: string = MODEL_DIR): CoreModel {
  // Parsed straight from the file, the model is already this call's own: no copy is needed.
  const model = JSON.parse(readFileSync(join(dir, CORE_FILE), 'utf8')) as CoreModel;
  const { layout } = model.packing;
  const { features } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  // A feature packed as an index into its list (layout column 3 is 0) is looked up by value.
  const indexed = Object.keys(layout).filter((f) => layout[f][3] === 0);
  for (const f of indexed) features[f].hash = positions(features[f].list);
  features.lexeme.hash = positions(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  // Values the tagger adds later are numbered after the shipped ones.
  for (const f of indexed) {
    const size = features[f].list.length;
    Object.assign(features[f], { intrinsicSize: size, index: size, maxIndex: layout[f][1] >>> layout[f][2] });
  }
  // Features (layout column 4) the tagger works out itself for a word it has not seen.
  model.packing.efList = Object.keys(layout).filter((f) => layout[f][4] === 1);
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

// The engine runs the tagger with the 'pos' annotation only (src/core/analysis/tokenize.ts), but
// wink-nlp builds every annotation's machines when it starts. The others get a machine that
// recognises nothing, and setters that say so if a later change asks for them.
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
function notLoaded(annotation: string): () => never {
  return () => {
    throw new Error(`The tagger's "${annotation}" annotation is not loaded (src/node/winkModel.ts).`);
  };
}

/* eslint-disable @typescript-eslint/no-require-imports -- the package's small files, loaded as it loads them */
export const core = (): CoreModel => loadCore();
export const pos = (): unknown => require('wink-eng-lite-web-model/dist/load-pos-model.js')();
export const sbd = () => ({ machines: [], setter: notLoaded('sbd'), transformers: [] });
export const ner = () => ({ machines: [], transformers: [] });
export const negation = () => ({ machines: [EMPTY_MACHINE], setter: notLoaded('negation') });
export const sa = () => ({ machines: [EMPTY_MACHINE], setter: notLoaded('sentiment') });
export const metaCER = () => ({ machines: EMPTY_MACHINE, transformers: [notLoaded('cer')] });
export const featureFn: unknown = require('wink-eng-lite-web-model/dist/feature.js');
// Stemming, lemmas and readability load on first use: the engine reads none of them, and the
// lemmatiser alone brings 220 KB of word lists.
export const addons = Object.defineProperties(Object.create(null) as Record<string, unknown>, {
  stem: { enumerable: true, get: () => require('wink-eng-lite-web-model/dist/porter-stemmer.js') },
  lemmatize: { enumerable: true, get: () => require('wink-eng-lite-web-model/dist/lemmatize.js') },
  readabilityStats: { enumerable: true, get: () => require('wink-eng-lite-web-model/dist/readability-stats.js') },
  wordVectors: { enumerable: true, value: undefined },
});
/* eslint-enable @typescript-eslint/no-require-imports */
