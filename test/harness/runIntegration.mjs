// Runs the integration suite inside a real VS Code: code-server's Node extension host, driven by
import { format } from 'node:util';
// Debian's Chromium. Prints mocha's own output and exits with its result; a hung run is killed.
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, installTools, startCodeServer } from './codeServer.mjs';
import { launchBrowser } from './browser.mjs';
import { buildIntegrationTests } from './buildTests.mjs';
import { copySeeds } from './seedsCopy.mjs';

const TIMEOUT_MS = Number(process.env.MARGINALIA_INTEGRATION_TIMEOUT ?? 10 * 60_000);

async function main() {
  const codeServer = installTools();
  const testsPath = await buildIntegrationTests();
  const workspace = copySeeds();
  const results = join(PROJECT, 'test-results');
  mkdirSync(results, { recursive: true });
  const report = join(results, 'integration-report.txt');
  const workbenchLog = join(results, 'integration-workbench.log');
  writeFileSync(report, '');
  writeFileSync(workbenchLog, '');
  const server = await startCodeServer({ codeServer, folder: workspace, env: { MARGINALIA_TEST_REPORT: report } });
  const browser = await launchBrowser();
  let timer;
  try {
    const exitCode = await new Promise(async (resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`The integration suite did not finish within ${TIMEOUT_MS / 1000} s; VS Code was stopped.`)), TIMEOUT_MS);
      await browser.page.exposeFunction('codeAutomationLog', (type, args) => {
        appendFileSync(workbenchLog, `[${type}] ${format(...(args ?? []))}\n`);
      });
      await browser.page.exposeFunction('codeAutomationExit', (code) => resolve(code));
      await browser.page.goto(
        server.url([
          ['extensionDevelopmentPath', server.remote(PROJECT)],
          ['extensionTestsPath', server.remote(join(testsPath, 'index.js'))],
          ['skipWelcome', 'true'],
        ]),
      );
    });
    return exitCode;
  } finally {
    // mocha's own report, then where to look when VS Code itself failed before the suite ran.
    const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
    process.stdout.write(text);
    if (!text.trim()) console.error(`No test report was written; the workbench log is in ${workbenchLog}.`);
    clearTimeout(timer);
    await browser.close();
    server.stop();
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    console.log(code === 0 ? 'Integration suite passed.' : `Integration suite failed (exit code ${code}).`);
    process.exit(code);
  },
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
