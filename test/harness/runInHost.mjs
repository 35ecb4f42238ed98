// Runs a module's `run()` inside a real VS Code extension host (code-server driven by Chromium),
// the contract of VS Code's own browser integration tests: the workbench reports the result
// through window.codeAutomationExit. A run that does not finish in time is stopped and fails.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { PROJECT, installTools, startCodeServer } from './codeServer.mjs';
import { launchBrowser } from './browser.mjs';

/** Resolves to the exit code VS Code reported; `env` reaches the extension host, `payload` adds workbench options, `settings` user settings. */
export async function runInHost({ entry, folder, env = {}, timeoutMs, workbenchLog, payload = [], settings = {} }) {
  const codeServer = installTools();
  mkdirSync(join(workbenchLog, '..'), { recursive: true });
  writeFileSync(workbenchLog, '');
  const server = await startCodeServer({ codeServer, folder, env, settings });
  const browser = await launchBrowser();
  let timer;
  try {
    return await new Promise((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`VS Code did not finish within ${timeoutMs / 1000} s and was stopped.`)),
        timeoutMs,
      );
      const { page } = browser;
      page
        .exposeFunction('codeAutomationLog', (type, args) => {
          appendFileSync(workbenchLog, `[${type}] ${format(...(args ?? []))}\n`);
        })
        .then(() => page.exposeFunction('codeAutomationExit', (code) => resolve(code)))
        .then(() =>
          page.goto(
            server.url([
              ['extensionDevelopmentPath', server.remote(PROJECT)],
              ['extensionTestsPath', server.remote(entry)],
              ['skipWelcome', 'true'],
              ...payload,
            ]),
          ),
        )
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await browser.close();
    server.stop();
  }
}
