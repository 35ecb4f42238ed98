// The same integration suite under @vscode/test-electron, for machines that can download a VS Code
// desktop build (a developer laptop, a public CI). These machines cannot: use `npm test` here.
import { runTests } from '@vscode/test-electron';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './codeServer.mjs';
import { buildIntegrationTests } from './buildTests.mjs';
import { copySeeds } from './seedsCopy.mjs';

const testsPath = await buildIntegrationTests();
const workspace = copySeeds();
try {
  await runTests({
    version: process.env.MARGINALIA_VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: PROJECT,
    extensionTestsPath: join(testsPath, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  rmSync(join(workspace, '..'), { recursive: true, force: true });
}
