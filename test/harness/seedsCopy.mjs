import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from './codeServer.mjs';

/** A throw-away copy of the sample articles, so tests never dirty seeds/. */
export function copySeeds() {
  const workspace = join(mkdtempSync(join(tmpdir(), 'marginalia-ws-')), 'seeds');
  cpSync(join(PROJECT, 'seeds'), workspace, { recursive: true });
  return workspace;
}

/**
 * A throw-away workspace of two folders built from the seeds: `site-a` and `site-b` each hold the
 * same first sample as `article.txt` (one file name twice), two other samples of their own, and a
 * codebook of its own.
 * Returns the path of its `.code-workspace` file.
 */
export function multiRootSeeds() {
  const root = mkdtempSync(join(tmpdir(), 'marginalia-ws-'));
  const seeds = readdirSync(join(PROJECT, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
  const folders = { 'site-a': seeds.slice(1, 3), 'site-b': seeds.slice(3, 5) };
  for (const [folder, own] of Object.entries(folders)) {
    mkdirSync(join(root, folder));
    copyFileSync(join(PROJECT, 'seeds', seeds[0]), join(root, folder, 'article.txt'));
    for (const name of own) copyFileSync(join(PROJECT, 'seeds', name), join(root, folder, name));
    // One tag in both codebooks, described differently, so a test can tell whose codebook it sees.
    const codebook = `version: 1\ntags:\n  tone/warm:\n    color: "#${folder === 'site-a' ? 'aa0000' : '0000aa'}"\n    description: Warm, as ${folder} codes it\n`;
    writeFileSync(join(root, folder, 'marginalia.codebook.yaml'), codebook);
  }
  const file = join(root, 'two-sites.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: Object.keys(folders).map((path) => ({ path })) }, null, 2));
  return file;
}
