// Starts code-server (the VS Code server and web workbench) on 127.0.0.1 for the tests and for
// `npm start`, in its own process group and with its own temporary profile, and stops it cleanly.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '..', '..');

/** Runs the idempotent installer and returns the code-server package folder. */
export function installTools() {
  const out = execFileSync('bash', [join(PROJECT, 'test', 'harness', 'install-tools.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  return out.trim().split('\n').pop();
}

function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before listening`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms`);
}

/**
 * Starts code-server on a free loopback port with `folder` open; `env` reaches the extension host,
 * `install` lists .vsix files to install first.
 * Resolves to { port, url(payload), stop() }.
 */
export async function startCodeServer({ codeServer, folder, env = {}, settings = {}, port, quiet = true, install = [] }) {
  const home = mkdtempSync(join(tmpdir(), 'marginalia-cs-'));
  port ??= await freePort();
  const userData = join(home, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'workbench.tips.enabled': false,
      ...settings,
    }),
  );
  const config = join(home, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const xdg = {
    XDG_CONFIG_HOME: join(home, 'xdg-config'),
    XDG_DATA_HOME: join(home, 'xdg-data'),
    XDG_CACHE_HOME: join(home, 'xdg-cache'),
  };
  // Packaged extensions (.vsix) are installed the way a user would, before the server starts.
  for (const vsix of install) {
    execFileSync(
      process.execPath,
      [join(codeServer, 'out', 'node', 'entry.js'), '--user-data-dir', userData, '--extensions-dir', join(home, 'extensions'), '--install-extension', vsix],
      { stdio: 'ignore', env: { ...process.env, ...xdg } },
    );
  }
  const child = spawn(
    process.execPath,
    [
      join(codeServer, 'out', 'node', 'entry.js'),
      '--config', config,
      '--user-data-dir', userData,
      '--extensions-dir', join(home, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      folder,
    ],
    { detached: true, stdio: ['ignore', quiet ? 'ignore' : 'inherit', quiet ? 'ignore' : 'inherit'], env: { ...process.env, ...xdg, ...env } },
  );
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    // Killing the whole group: killing only the main process once left the extension host running.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 2000).unref();
    rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, child, 30_000);
  } catch (err) {
    stop();
    throw err;
  }
  const authority = `127.0.0.1:${port}`;
  /** The workbench URL with `folder` (or a `.code-workspace` file) open and the given [key, value] payload pairs. */
  const url = (payload = []) =>
    // A `.code-workspace` file opens as a workspace of several folders, anything else as one folder.
    `http://${authority}/?${folder.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(folder)}` +
    (payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
  /** A vscode-remote URI for an absolute path on this machine, as the payload expects. */
  const remote = (absPath) => `vscode-remote://${authority}${absPath}`;
  return { port, url, remote, stop, child };
}
