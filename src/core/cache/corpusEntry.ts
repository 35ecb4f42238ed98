import type { CorpusAnalysis } from '../analysis/model';
import { checksum } from './factsEntry';

/** The layout of a stored corpus analysis; a change to it makes every older one unreadable, hence ignored. */
const FORMAT = 1;

/** What a corpus entry's first line records, checked before its payload is trusted. */
interface CorpusHeader {
  format: number;
  engine: string;
  inputs: string;
  length: number;
  checksum: string;
}

/** One document as the corpus-wide steps see it: its path and the digest of its text. */
export interface CorpusInput {
  path: string;
  hash: string;
}

/**
 * The text whose digest keys a corpus analysis: every input of the corpus-wide steps (each
 * document's path and text digest, in order, and the user's topics). The engine version is
 * checked on its own, in the entry's header.
 */
export function corpusInputsText(documents: CorpusInput[], topics: unknown): string {
  return JSON.stringify({ documents: documents.map((d) => [d.path, d.hash]), topics });
}

/** Serialises the engine's analysis of a whole corpus, tied to the engine version and the digest of its inputs. */
export function writeCorpusEntry(analysis: CorpusAnalysis, engine: string, inputs: string): string {
  return corpusEntryParts(analysis, engine, inputs).join('');
}

/** The entry of `writeCorpusEntry` in two parts, its first line and its payload, so a large payload is written without being copied into one string first. */
export function corpusEntryParts(analysis: CorpusAnalysis, engine: string, inputs: string): [string, string] {
  const payload = JSON.stringify(analysis);
  const header: CorpusHeader = { format: FORMAT, engine, inputs, length: payload.length, checksum: checksum(payload) };
  return [`${JSON.stringify(header)}\n`, payload];
}

/**
 * Reads a stored corpus analysis back, or returns undefined when it cannot be trusted: another
 * format or engine version, other inputs, a payload cut short or damaged, or not an analysis.
 */
export function readCorpusEntry(content: string, engine: string, inputs: string): CorpusAnalysis | undefined {
  const newline = content.indexOf('\n');
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(content.slice(0, newline)) as Partial<CorpusHeader>;
    if (header.format !== FORMAT || header.engine !== engine || header.inputs !== inputs) return undefined;
    const payload = content.slice(newline + 1);
    if (header.length !== payload.length || header.checksum !== checksum(payload)) return undefined;
    const analysis = JSON.parse(payload) as CorpusAnalysis;
    return looksLikeAnalysis(analysis) ? analysis : undefined;
  } catch {
    return undefined;
  }
}

function looksLikeAnalysis(a: CorpusAnalysis): boolean {
  return !!a && [a.documents, a.entities, a.topics, a.quotes, a.clusters].every(Array.isArray);
}
