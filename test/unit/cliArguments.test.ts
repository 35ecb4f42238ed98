import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');

/** Runs the built command line as a user would, returning its exit code and both streams. */
function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

suite('cli arguments are parsed strictly', function () {
  // Each test starts the command line a few times; on a loaded machine one start can take a second.
  this.timeout(60_000);

  test('a misspelt option stops check before it runs, with exit 2 and the usage line', () => {
    const { code, out, err } = cli('check', SEEDS, '--fxi');
    assert.equal(code, 2);
    assert.match(err, /Unknown option '--fxi'/);
    assert.match(err, /^Usage: node dist\/cli\.js check <folder> \[--fix\]$/m);
    assert.equal(out, '');
  });

  test('a misspelt option stops analyze instead of printing text', () => {
    const { code, out, err } = cli('analyze', SEEDS, '--jsno');
    assert.equal(code, 2);
    assert.match(err, /Unknown option '--jsno'/);
    assert.match(err, /^Usage: node dist\/cli\.js analyze <folder> \[--json\] \[--cache <dir>\] \[--jobs <n>\]$/m);
    assert.equal(out, '');
  });

  test('a missing folder, an extra argument, a value given to a flag and an unknown command are usage errors', () => {
    const cases: [string[], RegExp][] = [
      [['analyze'], /Missing <folder>/],
      [['analyze', SEEDS, 'more'], /Unexpected argument "more"/],
      [['check', SEEDS, '--fix=yes'], /'--fix' does not take an argument/],
      [['frobnicate'], /Unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, message);
    }
  });

  test('--help lists every command, and each command explains its options', () => {
    const help = cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /analyze <folder> \[--json\]/);
    assert.match(help.out, /check <folder> \[--fix\]/);
    const check = cli('check', '--help');
    assert.equal(check.code, 0);
    assert.match(check.out, /--fix\s+\S/);
  });

  test('--version prints the version of package.json', () => {
    const { code, out } = cli('--version');
    assert.equal(code, 0);
    assert.equal(out.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('every command --help lists refuses an option it does not know', () => {
    const folder = mkdtempSync(join(tmpdir(), 'marginalia-cli-args-'));
    try {
      const usages = [...cli('--help').out.matchAll(/^ {2}([a-z-]+)((?: <[^>]+>)*)/gm)];
      assert.ok(usages.length >= 2);
      for (const [, name, positionals] of usages) {
        const args = [name, ...positionals.trim().split(/\s+/).filter(Boolean).map(() => folder), '--no-such-option'];
        const { code, err } = cli(...args);
        assert.equal(code, 2, `${args.join(' ')}: ${err}`);
        assert.match(err, /Unknown option '--no-such-option'/, name);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
