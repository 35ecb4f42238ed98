/** The `marginalia` command line: `node dist/cli.js <command> ...`. */
import { analyzeCommand } from './node/analyzeCommand';
import { checkCommand } from './node/checkCommand';
import { exportCommand, importCommand } from './node/exchangeCommands';

const USAGE = `Usage: node dist/cli.js <command> [options]

Commands:
  analyze <folder> [--json] [--cache <dir>] [--jobs <n>]
                              find entities, topics, quotations and cross-source links;
                              --cache keeps per-article results for the next run,
                              --jobs sets the threads (default: one per core)
  check <folder> [--fix]      validate sidecars and re-anchor annotations
  export <folder> --format qdpx|qdc|w3c|csv --out <file> [--include-analysis]
                              annotations (and quotations) for QDA tools, W3C tools or spreadsheets
  import <folder> <file> [--dry-run]
                              a REFI-QDA project or codebook, or W3C annotations, into the sidecars`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'analyze':
      return analyzeCommand(argv.slice(1));
    case 'check':
      return checkCommand(argv.slice(1));
    case 'export':
      return exportCommand(argv.slice(1));
    case 'import':
      return importCommand(argv.slice(1));
    default:
      console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
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
