/**
 * Draws the add-in's icons (excel-addin/assets/icon-{16,32,64,80}.png): an Office-blue rounded
 * square with three rising white bars. A tiny PNG encoder, no network, no image library.
 * Run: npx tsx excel-addin/tools/make-icons.ts (the PNGs are committed; rerun only to change them).
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels, row by row → PNG file bytes. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Shape = (x: number, y: number) => boolean;

/** The design in unit coordinates (0…1): background square, and the bars. */
const radius = 0.18;
const background: Shape = (x, y) => {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const bars: Shape = (x, y) =>
  (x >= 0.2 && x <= 0.34 && y >= 0.58 && y <= 0.8) ||
  (x >= 0.43 && x <= 0.57 && y >= 0.42 && y <= 0.8) ||
  (x >= 0.66 && x <= 0.8 && y >= 0.22 && y <= 0.8);

function draw(size: number): Buffer {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inside = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (background(x, y)) {
            inside++;
            if (bars(x, y)) white++;
          }
        }
      }
      const total = samples * samples;
      const whiteShare = inside === 0 ? 0 : white / inside;
      const i = (py * size + px) * 4;
      pixels[i] = Math.round(0x00 + (255 - 0x00) * whiteShare);
      pixels[i + 1] = Math.round(0x78 + (255 - 0x78) * whiteShare);
      pixels[i + 2] = Math.round(0xd4 + (255 - 0xd4) * whiteShare);
      pixels[i + 3] = Math.round((255 * inside) / total);
    }
  }
  return encodePng(size, size, pixels);
}

if (require.main === module) {
  for (const size of [16, 32, 64, 80]) {
    writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), draw(size));
  }
  console.log('icons written to excel-addin/assets/');
}
