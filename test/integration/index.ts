// The test entry VS Code loads inside the extension host (the `extensionTestsPath` module):
// the same `run()` serves code-server (test/harness/runIntegration.mjs) and @vscode/test-electron.
import Mocha from 'mocha';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.js') ? [path] : [];
  });
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: Number(process.env.MARGINALIA_TEST_TIMEOUT ?? 30_000),
    reporter: 'spec',
  });
  // The web workbench mixes the host's console with its own log, so the code-server harness asks
  // for mocha's report in a file of its own as well.
  const reportFile = process.env.MARGINALIA_TEST_REPORT;
  if (reportFile) {
    const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
    const log = base.consoleLog;
    base.consoleLog = (...args: unknown[]) => {
      appendFileSync(reportFile, format(...args) + '\n');
      log(...args);
    };
  }
  const grep = process.env.MARGINALIA_TEST_GREP;
  if (grep) mocha.grep(grep);
  // The tests under multiRoot/ need the two-folder workspace; the others the seeds as one folder.
  const multiRoot = process.env.MARGINALIA_TEST_SUITE === 'multiRoot';
  for (const file of testFiles(__dirname).sort()) if (file.includes('/multiRoot/') === multiRoot) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration tests failed.`)) : resolve()));
  });
}
