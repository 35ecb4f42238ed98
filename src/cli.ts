/** The `marginalia` command line: `node dist/cli.js <command> ...`. */
const USAGE = `Usage: node dist/cli.js <command> [options]

Commands:
  analyze <folder> [--json]   find entities, topics, quotations and cross-source links
  check <folder> [--fix]      validate sidecars and re-anchor annotations`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'check':
      return (await import('./node/checkCommand')).checkCommand(argv.slice(1));
    default:
      console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
