// Runs the integration suite's core checks with Marginalia loaded as a web extension: code-server's
// web workbench, driven by Chromium, with the development extension in the browser's web worker
// extension host, so the web bundle, the Web Worker engine and file access through workspace.fs
// are what run. VS Code 1.100's web workbench parses the payload's "extensionDevelopmentKind" but
// never applies it (its extension-kind lookup reads a property the browser environment lacks), so
// the user setting "remote.extensionKind" puts the extension in the web worker host instead; the
// tests then run there too, since they live inside the extension's folder.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './codeServer.mjs';
import { copySeeds } from './seedsCopy.mjs';
import { runInHost } from './runInHost.mjs';

const TIMEOUT_MS = Number(process.env.MARGINALIA_INTEGRATION_TIMEOUT ?? 10 * 60_000);
const results = join(PROJECT, 'test-results');
const workbenchLog = join(results, 'web-integration-workbench.log');

/** Bundles the web test entry into one self-contained module (the web host loads nothing else). */
async function buildWebTests() {
  const outfile = join(PROJECT, 'out', 'integration-web', 'index.js');
  await esbuild.build({
    entryPoints: [join(PROJECT, 'test', 'integration', 'web', 'index.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    alias: { 'node:assert/strict': join(PROJECT, 'test', 'integration', 'web', 'assert.ts') },
    logLevel: 'warning',
  });
  return outfile;
}

async function main() {
  const entry = await buildWebTests();
  const workspace = copySeeds();
  const report = join(workspace, '..', 'web-integration-report.txt');
  mkdirSync(results, { recursive: true });
  try {
    return await runInHost({
      entry,
      folder: workspace,
      timeoutMs: TIMEOUT_MS,
      workbenchLog,
      payload: [['extensionDevelopmentKind', 'web']],
      settings: { 'remote.extensionKind': { 'marginalia.marginalia': ['web'] } },
    });
  } finally {
    const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
    process.stdout.write(text);
    if (!text.trim()) console.error(`No web test report was written; the workbench log is in ${workbenchLog}.`);
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    console.log(code === 0 ? 'Web integration suite passed.' : `Web integration suite failed (exit code ${code}).`);
    process.exit(code);
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
