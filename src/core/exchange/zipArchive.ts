import { Inflate, strFromU8, strToU8, zipSync, type Zippable } from 'fflate';

/** Limits on an archive read for import, so a hostile file cannot exhaust memory or disk. */
export const ZIP_LIMITS = {
  /** The largest archive read at all. */
  archiveBytes: 64 * 1024 * 1024,
  /** The most entries an archive may list. */
  entries: 10_000,
  /** The most bytes all entries together may declare once uncompressed. */
  totalBytes: 256 * 1024 * 1024,
};

/** Thrown when an archive is damaged, hostile or unsupported; the message says which and what to do. */
export class ZipError extends Error {}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A zip archive's entries by name, read on demand with every declared size enforced. */
export interface ZipArchive {
  names(): string[];
  /** The entry's bytes, or undefined when there is no such entry. */
  read(name: string): Uint8Array | undefined;
}

/**
 * Opens a zip archive for reading. It refuses, with a ZipError: archives over the size limit, more
 * entries than the limit, more declared uncompressed bytes than the limit, ZIP64 and encrypted
 * entries, and any entry name that is absolute or climbs out of the archive (`..`, `\`, `C:`).
 * Each entry is inflated in small steps and refused as soon as it grows past its declared size.
 */
export function openZip(bytes: Uint8Array): ZipArchive {
  if (bytes.length > ZIP_LIMITS.archiveBytes) throw new ZipError(`the archive is ${bytes.length} bytes, over the ${ZIP_LIMITS.archiveBytes}-byte limit`);
  const entries = readCentralDirectory(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  return {
    names: () => entries.map((e) => e.name),
    read: (name) => {
      const entry = byName.get(name);
      return entry && inflateEntry(bytes, entry);
    },
  };
}

/** A zip archive of the given files (text as UTF-8), deflated, with a fixed date so the same input gives the same bytes. */
export function writeZip(files: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

function readCentralDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(bytes, view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('ZIP64 archives are not supported; re-save the project from its QDA tool');
  if (count > ZIP_LIMITS.entries) throw new ZipError(`the archive lists ${count} entries, over the limit of ${ZIP_LIMITS.entries}`);
  const entries: Entry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new ZipError('the archive is damaged (its central directory is cut short)');
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const name = strFromU8(bytes.subarray(offset + 46, offset + 46 + nameLength), (flags & 0x800) === 0);
    const entry: Entry = {
      name,
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    if (flags & 1) throw new ZipError(`the entry "${name}" is encrypted; export it again without a password`);
    if (escapes(name)) throw new ZipError(`the entry "${name}" has a path that escapes the archive's folder (refused as hostile)`);
    total += entry.size;
    if (total > ZIP_LIMITS.totalBytes) throw new ZipError(`the entries declare more than ${ZIP_LIMITS.totalBytes} bytes uncompressed (refused as a possible zip bomb)`);
    entries.push(entry);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  throw new ZipError('it is not a zip archive (no central directory found)');
}

/** True for an entry name that is absolute, climbs with `..`, uses backslashes or names a drive. */
function escapes(name: string): boolean {
  return name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..');
}

function inflateEntry(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ZipError(`the entry "${entry.name}" is damaged (no local header)`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError(`the entry "${entry.name}" is cut short`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError(`the entry "${entry.name}" is damaged (stored sizes disagree)`);
    return data;
  }
  if (entry.method !== 8) throw new ZipError(`the entry "${entry.name}" uses compression method ${entry.method}; only stored and deflated entries are read`);
  return inflateBounded(data, entry);
}

/** Inflates in 16 KiB steps, so at most about 16 MiB appears at once, and stops past the declared size. */
function inflateBounded(data: Uint8Array, entry: Entry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) throw new ZipError(`the entry "${entry.name}" inflates past its declared ${entry.size} bytes (refused as a possible zip bomb)`);
    out.set(chunk, written);
    written += chunk.length;
  });
  const STEP = 16 * 1024;
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipError) throw err;
    throw new ZipError(`the entry "${entry.name}" is damaged (${(err as Error).message})`);
  }
  if (written !== entry.size) throw new ZipError(`the entry "${entry.name}" is damaged (${written} bytes instead of ${entry.size})`);
  return out;
}
