/** The `marginalia` command line: `node dist/cli.js <command> ...`. */
import { version } from '../package.json';
import { analyzeCommand, analyzeSpec } from './node/analyzeCommand';
import { checkCommand, checkSpec } from './node/checkCommand';
import { commandHelp, usageLine, UsageError, type CommandSpec } from './node/commandLine';
import { EXPORT_FORMATS } from './core/exchange';
import { exportCommand, importCommand } from './node/exchangeCommands';

// export and import parse their own arguments as strictly (node:util parseArgs, exit 2 with their
// usage); these specs describe them for --help and the usage lines.
const exportSpec: CommandSpec = {
  name: 'export',
  summary: 'Writes the annotations (and with --include-analysis the quotations) for QDA tools, W3C tools or spreadsheets.',
  positionals: ['folder'],
  options: {
    format: { type: 'string', required: true, value: EXPORT_FORMATS.join('|'), description: 'the file format' },
    out: { type: 'string', required: true, value: 'file', description: 'the file to write' },
    'include-analysis': { type: 'boolean', description: 'add every quotation, its speaker and its related quotations' },
  },
};
const importSpec: CommandSpec = {
  name: 'import',
  summary: 'Reads a REFI-QDA project or codebook, or W3C annotations, into the sidecars under <folder>.',
  positionals: ['folder', 'file'],
  options: { 'dry-run': { type: 'boolean', description: 'print what would be added, and write nothing' } },
};

/** Every subcommand, with the spec its own parser checks its arguments against. */
const COMMANDS: { spec: CommandSpec; run: (args: string[]) => Promise<number> }[] = [
  { spec: analyzeSpec, run: analyzeCommand },
  { spec: checkSpec, run: checkCommand },
  { spec: exportSpec, run: (args) => exportCommand(args) },
  { spec: importSpec, run: (args) => importCommand(args) },
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
