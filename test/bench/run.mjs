// `npm run bench` runs every benchmark in turn; `npm run bench -- --scale [options]` runs only the
// growth benchmark (test/bench/scale.ts) with the options after --scale.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const tsx = 'node_modules/.bin/tsx';
const steps = args.includes('--scale')
  ? [[tsx, 'test/bench/scale.ts', ...args.filter((a) => a !== '--scale')]]
  : [
      [tsx, 'test/bench/analysis.ts', '../shared/corpora/bbc'],
      [tsx, 'test/bench/annotations.ts'],
      [process.execPath, 'test/bench/vscode.mjs'],
      [process.execPath, 'test/bench/vscode.mjs', '../shared/corpora/bbc'],
    ];
for (const [command, ...rest] of steps) {
  const r = spawnSync(command, rest, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
