// Bundles code that runs inside the extension host: the integration suite and the in-editor benchmarks.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './codeServer.mjs';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Builds the runner and every test file; returns the folder holding index.js. */
export async function buildIntegrationTests() {
  const src = join(PROJECT, 'test', 'integration');
  const out = join(PROJECT, 'out', 'integration');
  rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(src, 'index.ts'), ...testFiles(src)],
    outdir: out,
    outbase: src,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    // vscode is the host's; mocha is loaded from the project's node_modules by the runner.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return out;
}

/** Bundles one module for the extension host (vscode is the host's own); returns the bundle's path. */
export async function bundleForHost(entry, outfile) {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return outfile;
}
