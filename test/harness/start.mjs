// `npm start`: opens seeds/ in VS Code with Marginalia loaded from source, rebuilding on change.
// With a desktop `code` command it launches that; otherwise it serves the VS Code web workbench
// through code-server on 127.0.0.1 and prints the URL to open. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, installTools, startCodeServer } from './codeServer.mjs';

const SEEDS = join(PROJECT, 'seeds');
// The samples' codebook marks seeds/ as a folder of articles, so Marginalia starts as it opens
// (git-ignored there, like every annotation made while trying it).
const CODEBOOK = join(SEEDS, 'marginalia.codebook.yaml');
if (!existsSync(CODEBOOK)) copyFileSync(join(PROJECT, 'media', 'samples', 'marginalia.codebook.yaml'), CODEBOOK);
// Long news paragraphs read better wrapped; this only affects the profile `npm start` creates.
const SETTINGS = { '[plaintext]': { 'editor.wordWrap': 'on' }, 'workbench.colorTheme': 'Default Dark Modern' };

function hasDesktopCode() {
  if (process.env.MARGINALIA_WEB === '1') return false;
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

const watcher = spawn(process.execPath, [join(PROJECT, 'esbuild.mjs'), '--watch'], { cwd: PROJECT, stdio: ['ignore', 'ignore', 'inherit'] });

if (hasDesktopCode()) {
  const code = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${PROJECT}`, SEEDS], { stdio: 'inherit' });
  console.log('VS Code opened seeds/ with Marginalia loaded; the extension rebuilds on change. Ctrl-C stops the rebuild.');
  process.on('SIGINT', () => {
    watcher.kill();
    process.exit(code.status ?? 0);
  });
} else {
  const server = await startCodeServer({
    codeServer: installTools(),
    folder: SEEDS,
    settings: SETTINGS,
    port: Number(process.env.MARGINALIA_PORT ?? 0) || undefined,
  });
  const url = server.url([['extensionDevelopmentPath', server.remote(PROJECT)], ['skipWelcome', 'true']]);
  console.log(`\nMarginalia is running in VS Code (code-server) with seeds/ open. Open this URL in a browser:\n\n  ${url}\n\nThe extension rebuilds when you change src/; reload the browser tab to load it. Ctrl-C stops the server.`);
  let stopping = false;
  const stopAll = () => {
    stopping = true;
    server.stop();
    watcher.kill();
    setTimeout(() => process.exit(0), 2500);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  server.child.on('exit', (code) => {
    if (stopping) return;
    console.error(`code-server stopped (exit code ${code}).`);
    watcher.kill();
    process.exit(code ?? 1);
  });
}
