import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a subcommand takes: its positional arguments by name and its options, for parsing and for `--help`. */
export interface CommandSpec {
  name: string;
  /** One line saying what the command does. */
  summary: string;
  /** The positional arguments, each required, in order (for example `['folder']`). */
  positionals: string[];
  /** Its options, as `node:util` parseArgs takes them, each with a one-line description. */
  options: Record<string, NonNullable<ParseArgsConfig['options']>[string] & { description: string; value?: string; required?: boolean }>;
}

/** A command line the user must correct: the CLI prints the message and the usage and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly spec?: CommandSpec,
  ) {
    super(message);
  }
}

/** The one-line usage of a command, as `--help` and every usage error print it. */
export function usageLine(spec: CommandSpec): string {
  const options = Object.entries(spec.options).map(([name, o]) => {
    const option = `--${name}${o.type === 'string' ? ` <${o.value ?? name}>` : ''}`;
    return o.required ? option : `[${option}]`;
  });
  return ['Usage: node dist/cli.js', spec.name, ...spec.positionals.map((p) => `<${p}>`), ...options].join(' ');
}

/** The full help of a command: its usage line, what it does, and each option. */
export function commandHelp(spec: CommandSpec): string {
  const options = Object.entries(spec.options).map(([name, o]) => `  --${name.padEnd(14)} ${o.description}`);
  return [usageLine(spec), '', spec.summary, ...(options.length ? ['', 'Options:', ...options] : [])].join('\n');
}

/**
 * Parses a subcommand's arguments strictly: an unknown option, a value given to a flag, a missing
 * or an extra positional argument is a UsageError, never silently ignored.
 */
export function parseCommand<S extends CommandSpec>(spec: S, args: string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  // parseArgs refuses keys it does not know, such as the description.
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, { description, value, required, ...o }]) => [name, o]));
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    if (!String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS_')) throw err;
    // parseArgs explains itself ("Unknown option '--fxi'"); the usage line says what is accepted.
    throw new UsageError(firstSentence((err as Error).message), spec);
  }
  const { positionals } = parsed;
  if (positionals.length < spec.positionals.length) throw new UsageError(`Missing <${spec.positionals[positionals.length]}>.`, spec);
  if (positionals.length > spec.positionals.length) throw new UsageError(`Unexpected argument "${positionals[spec.positionals.length]}".`, spec);
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals };
}

function firstSentence(message: string): string {
  // parseArgs appends advice about '--' that does not apply to a command with fixed positionals.
  const line = message.split('\n')[0];
  return line.replace(/\. To specify a positional argument.*$/, '.').replace(/([^.])$/, '$1.');
}
