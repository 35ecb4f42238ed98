/**
 * The commands that read and write the annotation files (`check`, `export`, `import`) as a bundle
 * of their own (`dist/cliFiles.js`), which dist/cli.js loads only when one of them runs.
 */
import { EXPORT_FORMATS } from './core/exchange';
import { checkCommand, checkSpec } from './node/checkCommand';
import type { CommandSpec } from './node/commandLine';
import { exportCommand, importCommand } from './node/exchangeCommands';

export { UsageError } from './node/commandLine';

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

/** Each command of this bundle with the spec its own parser checks its arguments against. */
export const commands: { spec: CommandSpec; run: (args: string[]) => Promise<number> }[] = [
  { spec: checkSpec, run: checkCommand },
  { spec: exportSpec, run: (args) => exportCommand(args) },
  { spec: importSpec, run: (args) => importCommand(args) },
];
