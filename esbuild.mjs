// Bundles the extension (desktop and web), its analysis worker and the command-line tool, after
// vscode-extension-samples/esbuild-sample. The bundles' options are in esbuild.config.mjs.
import { cpSync, mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { bundles } from './esbuild.config.mjs';

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

const MODEL_DIR = 'dist/wink-model';

function copyModel() {
  mkdirSync(MODEL_DIR, { recursive: true });
  cpSync('node_modules/wink-eng-lite-web-model/dist', MODEL_DIR, { recursive: true });
  cpSync('node_modules/wink-eng-lite-web-model/LICENSE', `${MODEL_DIR}/LICENSE`);
}

copyModel();
const options = bundles({ production, plugins: watch ? [problemReporter] : [], logLevel: watch ? 'silent' : 'warning' });
const contexts = await Promise.all(options.map((o) => esbuild.context(o)));

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
