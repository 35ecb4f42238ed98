// Runs the integration suite inside a real VS Code: code-server's Node extension host, driven by
// Debian's Chromium. Prints mocha's own report and exits with its result; a hung run is killed.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT } from './codeServer.mjs';
import { buildIntegrationTests } from './buildTests.mjs';
import { copySeeds, multiRootSeeds } from './seedsCopy.mjs';
import { runInHost } from './runInHost.mjs';

const TIMEOUT_MS = Number(process.env.MARGINALIA_INTEGRATION_TIMEOUT ?? 10 * 60_000);
const results = join(PROJECT, 'test-results');
const report = join(results, 'integration-report.txt');
// One workbench log per workspace kind, so the second run does not overwrite the first's.
const workbenchLogOf = (suite) => join(results, suite === 'single' ? 'integration-workbench.log' : `integration-workbench-${suite}.log`);

/** Runs the tests of one workspace kind: the seeds as one folder, or the two-folder workspace. */
async function runSuite(testsPath, suite, workspace) {
  writeFileSync(report, '');
  const workbenchLog = workbenchLogOf(suite);
  try {
    return await runInHost({
      entry: join(testsPath, 'index.js'),
      folder: workspace,
      env: { MARGINALIA_TEST_REPORT: report, MARGINALIA_TEST_SUITE: suite },
      timeoutMs: TIMEOUT_MS,
      workbenchLog,
    });
  } finally {
    // mocha's own report, then where to look when VS Code itself failed before the suite ran.
    const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
    process.stdout.write(text);
    if (!text.trim()) console.error(`No test report was written; the workbench log is in ${workbenchLog}.`);
    rmSync(dirname(workspace), { recursive: true, force: true });
  }
}

async function main() {
  const testsPath = await buildIntegrationTests();
  mkdirSync(results, { recursive: true });
  const single = await runSuite(testsPath, 'single', copySeeds());
  // The multi-root tests run even after a failure above, so one run reports both.
  const multi = await runSuite(testsPath, 'multiRoot', multiRootSeeds());
  return single || multi;
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
