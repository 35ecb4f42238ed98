/** The `marginalia` command line: `node dist/cli.js <command> ...`. */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { version } from '../package.json';
import type * as AnalyzeBundle from './cliAnalyze';
import type * as FilesBundle from './cliFiles';
import { commandHelp, usageLine, type CommandSpec } from './node/commandLine';

// V8 first compiles a regular expression for its interpreter and compiles it again to machine code
// on its second use. The engine's expressions are many, and those over Unicode classes (\p{L}) are
// costly to compile: compiling each once, straight to machine code, takes up to a tenth off a cold
// `analyze` and leaves long runs as fast (README, Scale: cold start). It is set before any code that
// matches: the commands' bundles load below. Workers started later share the setting.
setFlagsFromString('--no-regexp-tier-up');
// V8 lets the heap grow up to four times what the last full collection kept before it collects
// again. The corpus-wide steps keep about 230 MB for twice the BBC corpus and make much garbage
// besides, so the peak swung between 450 and 630 MB from run to run; growing by half at most holds
// it near 430 MB for no CPU that paired runs could tell apart (README, Scale: memory).
setFlagsFromString('--heap-growing-percent=50');

/** A subcommand: the spec its own parser checks its arguments against, and its code. */
interface Command {
  spec: CommandSpec;
  run: (args: string[]) => Promise<number>;
  /** The bundle's own class for a command line the user must correct. */
  UsageError: abstract new (...args: never[]) => Error & { spec?: CommandSpec };
}

// Each command's code is a bundle of its own beside this one (esbuild.mjs), required only when it
// runs: analyze never compiles the sidecar, zip and XML code of the others, nor they the engine.
function bundle<T>(file: string): T {
  // A computed path: esbuild leaves the require alone, and node loads the file beside dist/cli.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(__dirname, file)) as T;
}
const analyze = (): Command => bundle<typeof AnalyzeBundle>('cliAnalyze.js');
function filesCommand(name: string): Command {
  const files = bundle<typeof FilesBundle>('cliFiles.js');
  return { ...files.commands.find((c) => c.spec.name === name)!, UsageError: files.UsageError };
}

/** Every subcommand by name, loaded on demand. */
const COMMANDS: { name: string; load: () => Command }[] = [
  { name: 'analyze', load: analyze },
  ...['check', 'export', 'import'].map((name) => ({ name, load: () => filesCommand(name) })),
];

function usage(): string {
  return [
    'Usage: node dist/cli.js <command> [options]',
    '       node dist/cli.js --help | --version',
    '',
    'Commands:',
    ...COMMANDS.map(({ load }) => `  ${usageLine(load().spec).replace('Usage: node dist/cli.js ', '')}`),
    '',
    'Run "node dist/cli.js <command> --help" for what a command does.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    console.log(version);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    console.log(usage());
    return 0;
  }
  const entry = COMMANDS.find(({ name }) => name === first);
  if (!entry) {
    console.error(first ? `Unknown command "${first}".\n\n${usage()}` : usage());
    return 2;
  }
  const command = entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(commandHelp(command.spec));
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (!(err instanceof command.UsageError)) throw err;
    console.error(`${err.message}\n${usageLine(err.spec ?? command.spec)}\nRun "node dist/cli.js ${command.spec.name} --help" for more.`);
    return 2;
  }
}

// Setting the exit code rather than calling process.exit lets a large output drain into a pipe
// that its reader has not emptied yet; process.exit would cut it at the pipe buffer (64 KiB).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
