import { checksum } from './factsEntry';
import type { SpeakerMemoEntries } from '../quotes';

/** The layout of a stored speaker memo; a change to it makes older ones unreadable, hence ignored. */
const FORMAT = 1;

/** Serialises a run's speaker attributions, tied to the engine version, with a checksum of the payload. */
export function writeSpeakerMemo(entries: SpeakerMemoEntries, engine: string): string {
  const payload = JSON.stringify(entries);
  return `${JSON.stringify({ format: FORMAT, engine, length: payload.length, checksum: checksum(payload) })}\n${payload}`;
}

/** Reads stored speaker attributions back, or returns undefined when they cannot be trusted (see readFactsEntry). */
export function readSpeakerMemo(content: string, engine: string): SpeakerMemoEntries | undefined {
  const newline = content.indexOf('\n');
  if (newline < 0) return undefined;
  const payload = content.slice(newline + 1);
  try {
    const header = JSON.parse(content.slice(0, newline)) as { format?: number; engine?: string; length?: number; checksum?: string };
    if (header.format !== FORMAT || header.engine !== engine || header.length !== payload.length || header.checksum !== checksum(payload)) return undefined;
    const entries = JSON.parse(payload) as SpeakerMemoEntries;
    return Object.values(entries).every(isEntry) ? entries : undefined;
  } catch {
    return undefined;
  }
}

function isEntry(e: unknown): boolean {
  return Array.isArray(e) && typeof e[0] === 'string' && Array.isArray(e[1]) && e[1].every((a) => typeof a?.speakerText === 'string' && (a.speaker === null || typeof a.speaker === 'string'));
}
