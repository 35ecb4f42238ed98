import { Document, isMap, YAMLMap } from 'yaml';
import { Problem } from './model';
import { parseYamlSafely } from './safeYaml';
import { updateNode } from './updateYamlNode';

/** The codebook's file name, at the workspace root. */
export const CODEBOOK_FILE = 'marginalia.codebook.yaml';
/** The codebook format version this code reads and writes. */
export const CODEBOOK_VERSION = 1;

/** What the codebook says about one tag. */
export interface TagInfo {
  color: string;
  description?: string;
}

/** The workspace's tags by full hierarchical name ("topic/taiwan"), in file order. */
export interface Codebook {
  version: number;
  tags: Map<string, TagInfo>;
}

/** A codebook read from a file, with the document it came from so comments survive a save. */
export type CodebookParseResult = { ok: true; codebook: Codebook; document: Document } | { ok: false; problems: Problem[] };

/** One level of the tag hierarchy, for a tree: "topic" holds "topic/taiwan". */
export interface TagNode {
  name: string;
  path: string;
  info?: TagInfo;
  children: TagNode[];
}

const COLOR = /^#[0-9a-fA-F]{6}$/;
/** Colours handed to new tags, chosen to stay readable on light and dark themes. */
const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324', '#469990', '#808000'];

/** True for a usable tag name: slash-separated non-empty segments without surrounding spaces. */
export function isValidTag(tag: string): boolean {
  return tag.length > 0 && tag.split('/').every((s) => s.length > 0 && s.trim() === s);
}

/** An empty codebook. */
export function emptyCodebook(): Codebook {
  return { version: CODEBOOK_VERSION, tags: new Map() };
}

/** Parses and validates a codebook's text; `file` only labels the problems it reports. */
export function parseCodebook(text: string, file: string): CodebookParseResult {
  const parsed = parseYamlSafely(text, file);
  if (!parsed.ok) return parsed;
  const { value, lineOf, document } = parsed.yaml;
  const problem = (path: (string | number)[], message: string): CodebookParseResult => ({
    ok: false,
    problems: [{ file, line: lineOf(path), message, severity: 'error' }],
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem([], 'a codebook must be a mapping with version and tags');
  const root = value as Record<string, unknown>;
  if (root.version !== CODEBOOK_VERSION) return problem(['version'], `unknown version ${JSON.stringify(root.version)} (this Marginalia reads version ${CODEBOOK_VERSION})`);
  const extra = Object.keys(root).find((k) => k !== 'version' && k !== 'tags');
  if (extra) return problem([extra], `unknown key "${extra}" (allowed: version, tags)`);
  const tags = new Map<string, TagInfo>();
  const rawTags = root.tags ?? {};
  if (typeof rawTags !== 'object' || rawTags === null || Array.isArray(rawTags)) return problem(['tags'], 'tags must be a mapping from tag name to colour and description');
  for (const [name, raw] of Object.entries(rawTags as Record<string, unknown>)) {
    const info = raw as Record<string, unknown> | null;
    if (!isValidTag(name)) return problem(['tags', name], `"${name}" is not a valid tag name (use segments like topic/taiwan)`);
    if (typeof info !== 'object' || info === null || typeof info.color !== 'string' || !COLOR.test(info.color)) {
      return problem(['tags', name, 'color'], `tag ${name} needs a color like "#4363d8"`);
    }
    if (info.description !== undefined && typeof info.description !== 'string') return problem(['tags', name, 'description'], 'description must be a string');
    const unknown = Object.keys(info).find((k) => k !== 'color' && k !== 'description');
    if (unknown) return problem(['tags', name, unknown], `unknown key "${unknown}" (allowed: color, description)`);
    tags.set(name, info.description === undefined ? { color: info.color } : { color: info.color, description: info.description });
  }
  return { ok: true, codebook: { version: CODEBOOK_VERSION, tags }, document };
}

/** The codebook's text; given the document it was read from, that is updated in place to keep comments. */
export function serializeCodebook(codebook: Codebook, document?: Document): string {
  const doc = document && isMap(document.contents) ? document : new Document({});
  const tags: Record<string, unknown> = {};
  for (const [name, info] of codebook.tags) tags[name] = { color: info.color, description: info.description };
  updateNode(doc, doc.contents as YAMLMap, { version: codebook.version, tags }, false);
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** Adds every valid tag the codebook lacks, with a colour of its own; returns the names added. */
export function addMissingTags(codebook: Codebook, used: Iterable<string>): string[] {
  const added: string[] = [];
  for (const tag of used) {
    if (codebook.tags.has(tag) || !isValidTag(tag)) continue;
    codebook.tags.set(tag, { color: colorFor(tag) });
    added.push(tag);
  }
  return added;
}

/** The tags as a forest by path segment, sorted by name; a parent that is not itself a tag has no info. */
export function tagTree(tags: Iterable<string>, codebook: Codebook): TagNode[] {
  const roots: TagNode[] = [];
  for (const tag of new Set([...codebook.tags.keys(), ...tags])) {
    let level = roots;
    const segments = tag.split('/');
    segments.forEach((name, i) => {
      const path = segments.slice(0, i + 1).join('/');
      let node = level.find((n) => n.name === name);
      if (!node) level.push((node = { name, path, info: codebook.tags.get(path), children: [] }));
      level = node.children;
    });
  }
  const sort = (nodes: TagNode[]) => nodes.sort((a, b) => a.name.localeCompare(b.name)).forEach((n) => sort(n.children));
  sort(roots);
  return roots;
}

function colorFor(tag: string): string {
  let h = 0;
  for (let i = 0; i < tag.length; i++) h = (Math.imul(h, 31) + tag.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}
