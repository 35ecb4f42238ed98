// Runs the annotation editor benchmark inside a real VS Code (code-server + Chromium) and prints it.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForHost } from '../harness/buildTests.mjs';
import { PROJECT } from '../harness/codeServer.mjs';
import { copySeeds } from '../harness/seedsCopy.mjs';
import { runInHost } from '../harness/runInHost.mjs';

const out = join(PROJECT, 'out', 'bench');
const report = join(PROJECT, 'test-results', 'annotation-editor-bench.txt');
const entry = await bundleForHost(join(PROJECT, 'test', 'bench', 'annotationEditor.ts'), join(out, 'annotationEditor.js'));
rmSync(report, { force: true });
const workspace = copySeeds();
const code = await runInHost({
  entry,
  folder: workspace,
  env: { MARGINALIA_BENCH_REPORT: report },
  timeoutMs: 10 * 60_000,
  workbenchLog: join(PROJECT, 'test-results', 'annotation-editor-bench-workbench.log'),
});
rmSync(join(workspace, '..'), { recursive: true, force: true });
if (existsSync(report)) process.stdout.write(readFileSync(report, 'utf8'));
process.exit(code);
