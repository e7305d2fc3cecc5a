// Draws build/icon.png (1024×1024): a 2×2 matrix of tiles, two aligned (teal) and two divergent
// (amber/red) — the app's idea in one picture. electron-builder derives .ico/.icns from it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 1024;
const pixels = Buffer.alloc(SIZE * SIZE * 4);
const tiles: Array<[number, number, [number, number, number]]> = [
  [0, 0, [30, 64, 120]],
  [1, 0, [22, 128, 116]],
  [0, 1, [214, 141, 32]],
  [1, 1, [190, 60, 54]],
];
const margin = 96;
const gap = 48;
const tile = (SIZE - 2 * margin - gap) / 2;
const radius = 72;

function inRounded(x: number, y: number, x0: number, y0: number, w: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x0 + w - r);
  const cy = Math.min(Math.max(y, y0 + r), y0 + w - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const o = (y * SIZE + x) * 4;
    for (const [tx, ty, [r, g, b]] of tiles) {
      const x0 = margin + tx * (tile + gap);
      const y0 = margin + ty * (tile + gap);
      if (inRounded(x, y, x0, y0, tile, radius)) {
        pixels[o] = r;
        pixels[o + 1] = g;
        pixels[o + 2] = b;
        pixels[o + 3] = 255;
      }
    }
  }
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
const out = path.resolve(import.meta.dirname, '../build/icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
