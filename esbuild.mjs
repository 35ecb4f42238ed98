// Bundles the extension, its analysis worker and the command-line tool, after vscode-extension-samples/esbuild-sample.
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Reports build results in the problem-matcher format VS Code's esbuild watch task understands. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

// The tagger's model is mostly data. Inlined, node compiles it as a 4 MB JavaScript literal on
// every start; loaded from its own files, its JSON goes through the much faster JSON parser. The
// bundles that run the engine require it from dist/wink-model, copied there on every build so the
// packaged extension carries it without node_modules.
const MODEL_DIR = 'dist/wink-model';
const externalModel = {
  name: 'external-wink-model',
  setup(build) {
    build.onResolve({ filter: /^wink-eng-lite-web-model$/ }, () => ({ path: './wink-model/model.js', external: true }));
  },
};

// The gazetteer of states, provinces and cities reads `city-timezones`' 7,300 cities (1.9 MB of
// JSON); the bundle keeps only the fields and the cities src/core/analysis/worldPlaces.ts reads
// (its REGION_CITY_POPULATION and MAJOR_CITY_POPULATION), about a tenth of it.
const SMALLEST_CITY_READ = 50_000;
const MAJOR_CITY_POPULATION = 300_000;
const slimCities = {
  name: 'slim-city-data',
  setup(build) {
    build.onLoad({ filter: /city-timezones[\\/]data[\\/]cityMap\.json$/ }, ({ path }) => {
      const seen = new Set();
      // A smaller city matters only as the first one seen in its region.
      const firstOfRegion = (r) => !seen.has(r.iso2 + r.province) && seen.add(r.iso2 + r.province);
      const rows = JSON.parse(readFileSync(path, 'utf8'))
        .filter((r) => r.pop >= SMALLEST_CITY_READ && (firstOfRegion(r) || r.pop >= MAJOR_CITY_POPULATION))
        .map(({ city, pop, iso2, province, state_ansi }) => ({ city, pop: Math.round(pop), iso2, province, state_ansi }));
      // JSON.parse on a string literal starts faster than the same data as a JavaScript literal.
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(rows))});`, loader: 'js' };
    });
  },
};

function copyModel() {
  mkdirSync(MODEL_DIR, { recursive: true });
  cpSync('node_modules/wink-eng-lite-web-model/dist', MODEL_DIR, { recursive: true });
  cpSync('node_modules/wink-eng-lite-web-model/LICENSE', `${MODEL_DIR}/LICENSE`);
}

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: watch ? 'silent' : 'warning',
  plugins: watch ? [problemReporter, slimCities] : [slimCities],
};

copyModel();
const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.context({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', plugins: [...common.plugins, externalModel] }),
  // The analysis engine runs in this worker thread, so the extension host never loads or waits for it.
  esbuild.context({ ...common, entryPoints: ['src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', plugins: [...common.plugins, externalModel] }),
]);

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
