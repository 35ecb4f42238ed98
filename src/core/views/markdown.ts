/** Escapes text so Markdown shows it literally: no emphasis, links, HTML, headings or theme icons. */
export function escapeMarkdown(text: string): string {
  // Every ASCII punctuation character may be backslash-escaped in CommonMark; `$` also stops `$(icon)` syntax.
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&:"'=]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A `command:` URI that runs one of Marginalia's commands with JSON arguments when clicked. */
export function commandUri(command: string, ...args: unknown[]): string {
  return args.length === 0 ? `command:${command}` : `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** A Markdown link to a command; the label is escaped and may start with a codicon such as `arrow-right`. */
export function commandLink(label: string, command: string, args: unknown[] = [], icon?: string): string {
  return `[${icon ? `$(${icon}) ` : ''}${escapeMarkdown(label)}](${commandUri(command, ...args)} "${escapeMarkdown(label)}")`;
}

/** An inline-code span that shows the text literally whatever backticks it contains. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}
