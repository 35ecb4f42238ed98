// Bundles the extension, its analysis worker and the command-line tool, after vscode-extension-samples/esbuild-sample.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
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

function copyModel() {
  mkdirSync(MODEL_DIR, { recursive: true });
  cpSync('node_modules/wink-eng-lite-web-model/dist', MODEL_DIR, { recursive: true });
  cpSync('node_modules/wink-eng-lite-web-model/LICENSE', `${MODEL_DIR}/LICENSE`);
}

// Cached analysis results are trusted only from the same engine: its version is a hash of the
// engine's sources and of the installed versions of the packages it reads, so any change to them invalidates the cache.
function engineVersion() {
  const hash = createHash('sha256');
  // Every core source but the annotation store's and the views', which never shape the analysis.
  const sources = readdirSync('src/core', { recursive: true }).map((f) => String(f).split('\\').join('/'));
  for (const f of sources.filter((f) => f.endsWith('.ts') && !/^(annotations|views)\//.test(f)).sort()) {
    hash.update(`${f}\0`).update(readFileSync(`src/core/${f}`)).update('\0');
  }
  for (const pkg of ['wink-nlp', 'wink-eng-lite-web-model', 'countries-list']) hash.update(JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
}

const common = {
  define: { MARGINALIA_ENGINE_VERSION: JSON.stringify(engineVersion()) },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: watch ? 'silent' : 'warning',
  plugins: watch ? [problemReporter] : [],
};

copyModel();
const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.context({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', plugins: [...common.plugins, externalModel] }),
  // Export and Import Annotations load this on first use, so their zip and XML parsers never slow activation.
  esbuild.context({ ...common, entryPoints: ['src/exchangeModule.ts'], outfile: 'dist/exchange.js' }),
  // The analysis engine runs in this worker thread, so the extension host never loads or waits for it.
  esbuild.context({ ...common, entryPoints: ['src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', plugins: [...common.plugins, externalModel] }),
  // The CLI's worker pool runs the per-document analysis in these threads (analyze --jobs).
  esbuild.context({ ...common, entryPoints: ['src/node/documentWorker.ts'], outfile: 'dist/documentWorker.js', plugins: [...common.plugins, externalModel] }),
]);

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
