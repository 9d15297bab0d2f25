/**
 * Writes the add-in's ribbon and store icons (assets/icon-16/32/64/80.png): a bar chart with a check mark,
 * white on the brand colour. Node only: shapes are drawn with 4×4 supersampling and the PNG is assembled by
 * hand (zlib for the image data). Run with `npm run icons`; the PNGs are committed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80] as const;
/** Fluent's web brand blue (#0F6CBD). */
const BRAND: readonly [number, number, number] = [0x0f, 0x6c, 0xbd];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

type Shape = (x: number, y: number) => boolean;

/** Shapes in a 0..1 square. */
function roundedSquare(radius: number): Shape {
  return (x, y) => {
    const cx = Math.min(Math.max(x, radius), 1 - radius);
    const cy = Math.min(Math.max(y, radius), 1 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

function rect(left: number, top: number, right: number, bottom: number): Shape {
  return (x, y) => x >= left && x <= right && y >= top && y <= bottom;
}

function segment(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= width / 2;
  };
}

const union = (...shapes: Shape[]): Shape => (x, y) => shapes.some((s) => s(x, y));

function glyph(size: number): Shape {
  // Thicker strokes at 16 px so the glyph survives the small size.
  const small = size <= 16;
  const bar = small ? 0.16 : 0.13;
  const base = 0.8;
  const bars = [
    rect(0.18, 0.58, 0.18 + bar, base),
    rect(0.4, 0.44, 0.4 + bar, base),
    rect(0.62, small ? 0.5 : 0.54, 0.62 + bar, base),
  ];
  const stroke = small ? 0.12 : 0.09;
  const check = union(segment(0.5, 0.3, 0.62, 0.4, stroke), segment(0.62, 0.4, 0.84, 0.16, stroke));
  return union(...bars, check);
}

function render(size: number): Buffer {
  const background = roundedSquare(0.18);
  const foreground = glyph(size);
  const rowBytes = size * 4 + 1;
  const raw = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (background(x, y)) {
            bg++;
            if (foreground(x, y)) fg++;
          }
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = bg / n;
      const white = bg === 0 ? 0 : fg / bg;
      const at = py * rowBytes + 1 + px * 4;
      for (let c = 0; c < 3; c++) raw[at + c] = Math.round(BRAND[c]! * (1 - white) + WHITE[c]! * white);
      raw[at + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, size, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
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

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(__dirname, '..', 'assets');
mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = join(out, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
