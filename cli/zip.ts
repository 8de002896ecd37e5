/**
 * A small, bounded reader of zip archives (an `.xlsx` file is one): it reads the central directory
 * (PKWARE APPNOTE 6.3.10, §4.3.12 and §4.3.16) to list each entry with its compressed and declared
 * uncompressed size *before* anything is inflated, and inflates one entry at a time with a hard cap on
 * its output, so an archive that lies about its sizes (a zip bomb) still stops at the cap.
 *
 * Only what `.xlsx` files use is supported: stored (0) and deflated (8) entries, Zip64 sizes.
 * Every failure is a {@link ZipError} whose message says what is wrong in a user's words.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';

export class ZipError extends Error {
  constructor(message: string, readonly kind: 'not-zip' | 'truncated' | 'encrypted' | 'unsupported' | 'too-large' = 'not-zip') {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  /** The general purpose bit flags (APPNOTE §4.4.4); bit 0: encrypted. */
  readonly flags: number;
  readonly encrypted: boolean;
  readonly crc32: number;
  /** The last modification time and date, as MS-DOS writes them (APPNOTE §4.4.6), in one number. */
  readonly modified: number;
  readonly compressedSize: number;
  /** As the central directory declares it; inflating never produces more than the reader's cap anyway. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
/** Compression methods other archivers use (APPNOTE §4.4.5), named in the message that refuses them. */
const METHODS: Readonly<Record<number, string>> = { 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'Zstandard', 95: 'xz', 98: 'PPMd', 99: 'WinZip AES encryption' };

/** The archive's entries from its central directory; throws a {@link ZipError} when it is not a readable zip. */
export function zipEntries(data: Buffer): ZipEntry[] {
  if (data.length < 22) throw new ZipError('it is too short to be a zip archive', 'truncated');
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    const truncated = data.length >= 4 && data.readUInt32LE(0) === LOCAL;
    throw new ZipError(truncated ? 'the zip archive is truncated (its directory at the end is missing)' : 'it is not a zip archive', truncated ? 'truncated' : 'not-zip');
  }
  let count = data.readUInt16LE(eocd + 10);
  let size: number = data.readUInt32LE(eocd + 12);
  let offset: number = data.readUInt32LE(eocd + 16);
  if ((count === 0xffff || size === MAX32 || offset === MAX32) && eocd >= 20 && data.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = Number(data.readBigUInt64LE(eocd - 20 + 8));
    if (at + 56 > data.length || data.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipError('the zip archive is damaged (bad Zip64 directory)', 'truncated');
    count = Number(data.readBigUInt64LE(at + 32));
    size = Number(data.readBigUInt64LE(at + 40));
    offset = Number(data.readBigUInt64LE(at + 48));
  }
  if (offset + size > data.length) throw new ZipError('the zip archive is truncated (its directory points past the end of the file)', 'truncated');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL) throw new ZipError('the zip archive is damaged (bad directory entry)', 'truncated');
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    let compressedSize: number = data.readUInt32LE(p + 20);
    let uncompressedSize: number = data.readUInt32LE(p + 24);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    let localHeaderOffset: number = data.readUInt32LE(p + 42);
    if (p + 46 + nameLength + extraLength + commentLength > data.length) throw new ZipError('the zip archive is damaged (bad directory entry)', 'truncated');
    const name = data.toString('utf8', p + 46, p + 46 + nameLength);
    // Zip64 extended information (header id 1): the 64-bit values of the fields that read 0xFFFFFFFF, in order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = data.readUInt16LE(e);
      const length = data.readUInt16LE(e + 2);
      if (id === 1) {
        let q = e + 4;
        const next = () => {
          const v = q + 8 <= e + 4 + length ? Number(data.readBigUInt64LE(q)) : MAX32;
          q += 8;
          return v;
        };
        if (uncompressedSize === MAX32) uncompressedSize = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (localHeaderOffset === MAX32) localHeaderOffset = next();
      }
      e += 4 + length;
    }
    const crc32 = data.readUInt32LE(p + 16);
    const modified = data.readUInt32LE(p + 12);
    entries.push({ name, method, flags, encrypted: (flags & 1) === 1, crc32, modified, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLength;
  }
  // More entries than the end record counts (a 16-bit count that wrapped, without Zip64): parts would go unseen, and be lost on writing back.
  if (p + 4 <= Math.min(offset + size, data.length) && data.readUInt32LE(p) === CENTRAL) throw new ZipError('the zip archive is damaged (its directory holds more parts than it counts)', 'truncated');
  return entries;
}

/**
 * One entry's bytes, inflated; at most `maxBytes` of output (a {@link ZipError} 'too-large' beyond it,
 * whatever the directory declared).
 */
export function readEntry(data: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.encrypted) throw new ZipError(`its part ${entry.name} is encrypted`, 'encrypted');
  if (entry.uncompressedSize > maxBytes) throw new ZipError(`its part ${entry.name} unpacks to ${size(entry.uncompressedSize)}, more than the ${size(maxBytes)} allowed`, 'too-large');
  const raw = storedBytes(data, entry);
  if (entry.method === 0) {
    if (raw.length > maxBytes) throw new ZipError(`its part ${entry.name} is larger than the ${size(maxBytes)} allowed`, 'too-large');
    return raw;
  }
  if (entry.method !== 8) {
    const named = METHODS[entry.method] === undefined ? '' : ` (${METHODS[entry.method]})`;
    throw new ZipError(`its part ${entry.name} uses compression method ${entry.method}${named}, which .xlsx files do not use`, 'unsupported');
  }
  try {
    return inflateRawSync(raw, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ZipError(`its part ${entry.name} unpacks to more than the ${size(maxBytes)} allowed`, 'too-large');
    }
    throw new ZipError(`the zip archive is damaged (part ${entry.name} cannot be unpacked)`, 'truncated');
  }
}

/** A size in words: `64 MiB`, `12 KiB`, `10 bytes`. */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  return bytes >= 1024 ? `${Number((bytes / 1024).toFixed(1))} KiB` : `${bytes} bytes`;
}

/** An entry's bytes as the archive holds them (compressed), after its local header. */
function storedBytes(data: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL) throw new ZipError(`the zip archive is damaged (part ${entry.name} is missing)`, 'truncated');
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new ZipError(`the zip archive is truncated (part ${entry.name} is cut off)`, 'truncated');
  return data.subarray(start, end);
}

/**
 * The archive with the contents of some parts replaced: every other part is copied as the archive
 * holds it (never unpacked), each replaced one is deflated anew, in the order of the directory. Local
 * headers are written afresh from the central directory (APPNOTE §4.3.7, §4.3.12), without data
 * descriptors. No Zip64: an archive of more than 65,535 parts or 4 GiB is refused (a {@link ZipError}).
 */
export function rewriteArchive(data: Buffer, entries: readonly ZipEntry[], replaced: ReadonlyMap<string, Buffer>): Buffer {
  if (entries.length > 0xffff) throw new ZipError(`the zip archive has ${entries.length} parts, more than can be written back without Zip64`, 'unsupported');
  return writeArchive(entries.map((entry) => {
    const content = replaced.get(entry.name);
    // A size of 4 GiB or more would need Zip64 headers.
    if ((content?.length ?? entry.uncompressedSize) >= MAX32) throw new ZipError('the zip archive would be larger than 4 GiB', 'too-large');
    if (content === undefined) {
      // No data descriptor (the sizes are in the headers); UTF-8 names.
      return { name: entry.name, bytes: storedBytes(data, entry), method: entry.method, crc: entry.crc32, size: entry.uncompressedSize, flags: (entry.flags & ~0x0008) | 0x0800, modified: entry.modified };
    }
    return { name: entry.name, bytes: deflateRawSync(content), method: 8, crc: crc32(content), size: content.length, flags: 0x0800, modified: entry.modified };
  }));
}

/** One part as {@link writeArchive} writes it: its stored (compressed) bytes and the header fields. */
export interface ArchiveRecord {
  readonly name: string;
  readonly bytes: Buffer;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  /** The uncompressed size the headers state. */
  readonly size: number;
  readonly flags: number;
  /** MS-DOS time and date, as one 32-bit value. */
  readonly modified: number;
}

/**
 * The fields a local header (from byte 6) and a directory entry (from byte 8) share, in the same order
 * (APPNOTE §4.3.7, §4.3.12): flags, method, time and date, CRC-32, both sizes, the name's length.
 */
function headerFields(header: Buffer, at: number, record: ArchiveRecord, nameLength: number): void {
  header.writeUInt16LE(record.flags, at);
  header.writeUInt16LE(record.method, at + 2);
  header.writeUInt32LE(record.modified >>> 0, at + 4);
  header.writeUInt32LE(record.crc >>> 0, at + 8);
  header.writeUInt32LE(record.bytes.length, at + 12);
  header.writeUInt32LE(record.size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

/**
 * A zip archive (PKWARE APPNOTE 6.3.10, §4.3) of `records` in order: each part's local header and
 * bytes, the central directory, its end record. No Zip64: an archive past 4 GiB is refused (the
 * caller keeps to 65,535 parts and sizes under 4 GiB; a test may state a false size on purpose).
 */
export function writeArchive(records: readonly ArchiveRecord[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const record of records) {
    const { bytes } = record;
    if (offset + bytes.length > MAX32) throw new ZipError('the zip archive would be larger than 4 GiB', 'too-large');
    const name = Buffer.from(record.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    headerFields(local, 6, record, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    headerFields(central, 8, record, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, bytes);
    centrals.push(central, name);
    offset += local.length + name.length + bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
