/**
 * Test support: writes zip archives byte by byte (PKWARE APPNOTE 6.3.10, §4.3), so tests can make the
 * hostile files `ld-report` must survive: parts replaced in a real workbook, a part whose deflate
 * stream unpacks to hundreds of MiB, a central directory that lies about a size.
 *
 * A part is given as its bytes, or as `repeat`: a chunk written `times` times. The repeated chunk is
 * compressed once and its deflate blocks are written `times` times (each block ends on a sync flush
 * and refers only to its own bytes, so the concatenation is a valid stream, RFC 1951 §3.2.3); a
 * 400 MiB part then costs milliseconds and a few hundred KiB.
 */
import { constants, crc32, deflateRawSync } from 'zlib';
import { readEntry, writeArchive, zipEntries } from '../zip';

export interface ZipPart {
  readonly name: string;
  readonly data?: Buffer | string;
  readonly repeat?: { readonly head: string; readonly chunk: string; readonly times: number; readonly tail: string };
  /** Write this as the uncompressed size in the headers instead of the true one (a lying archive). */
  readonly declaredSize?: number;
}

function compressed(part: ZipPart): { bytes: Buffer; size: number; crc: number } {
  if (part.repeat) {
    const { head, chunk, times, tail } = part.repeat;
    const flush = { finishFlush: constants.Z_SYNC_FLUSH };
    const headBytes = Buffer.from(head);
    const chunkBytes = Buffer.from(chunk);
    const tailBytes = Buffer.from(tail);
    const blocks = [deflateRawSync(headBytes, flush)];
    const chunkBlock = deflateRawSync(chunkBytes, flush);
    for (let k = 0; k < times; k++) blocks.push(chunkBlock);
    blocks.push(deflateRawSync(tailBytes)); // the final block
    let crc = crc32(headBytes);
    for (let k = 0; k < times; k++) crc = crc32(chunkBytes, crc);
    crc = crc32(tailBytes, crc);
    return { bytes: Buffer.concat(blocks), size: headBytes.length + chunkBytes.length * times + tailBytes.length, crc };
  }
  const data = typeof part.data === 'string' ? Buffer.from(part.data) : part.data ?? Buffer.alloc(0);
  return { bytes: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/** The archive holding `parts`, deflated, in order (cli/zip.ts writes the headers). */
export function zipArchive(parts: readonly ZipPart[]): Buffer {
  return writeArchive(parts.map((part) => {
    const { bytes, size, crc } = compressed(part);
    return { name: part.name, bytes, method: 8, crc, size: Math.min(part.declaredSize ?? size, 0xffffffff), flags: 0x0800, modified: 0 };
  }));
}

/** The parts of an existing archive (a workbook the project wrote), to edit and write again. */
export function archiveParts(data: Buffer): Map<string, Buffer> {
  return new Map(zipEntries(data).map((e) => [e.name, readEntry(data, e, 256 * 1024 * 1024)]));
}

/** The part path of a sheet, from xl/workbook.xml and its relationships. */
export function sheetPart(parts: ReadonlyMap<string, Buffer>, sheet: string): string {
  const workbook = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const id = new RegExp(`<sheet\\b[^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1]
    ?? new RegExp(`<sheet\\b[^>]*r:id="([^"]+)"[^>]*name="${escaped}"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`sheetPart: no sheet ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
