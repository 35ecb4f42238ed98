/** The `marginalia` command line: `node dist/cli.js <command> ...`. */
import { version } from '../package.json';
import { analyzeCommand, analyzeSpec } from './node/analyzeCommand';
import { checkCommand, checkSpec } from './node/checkCommand';
import { commandHelp, usageLine, UsageError, type CommandSpec } from './node/commandLine';

/** Every subcommand, with the spec its own parser checks its arguments against. */
const COMMANDS: { spec: CommandSpec; run: (args: string[]) => Promise<number> }[] = [
  { spec: analyzeSpec, run: analyzeCommand },
  { spec: checkSpec, run: checkCommand },
];

const USAGE = [
  'Usage: node dist/cli.js <command> [options]',
  '       node dist/cli.js --help | --version',
  '',
  'Commands:',
  ...COMMANDS.map(({ spec }) => `  ${usageLine(spec).replace('Usage: node dist/cli.js ', '')}`),
  '',
  'Run "node dist/cli.js <command> --help" for what a command does.',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    console.log(version);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    console.log(USAGE);
    return 0;
  }
  const command = COMMANDS.find(({ spec }) => spec.name === first);
  if (!command) {
    console.error(first ? `Unknown command "${first}".\n\n${USAGE}` : USAGE);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(commandHelp(command.spec));
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
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
