// Draws the toolbar icons (a lens over a red status dot) as PNGs, so no image editor is needed.
// Run: node scripts/make-icons.mjs   (the PNGs are committed; rerun only to change the design)
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Supersampled coverage of a shape, for smooth edges at 16 px.
function cover(fn, x, y, s) {
  let hit = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (fn(x - 0.5 + (i + 0.5) / 4, y - 0.5 + (j + 0.5) / 4, s)) hit++;
  return hit / 16;
}

const lensRing = (x, y, s) => {
  const cx = s * 0.42, cy = s * 0.42, d = Math.hypot(x - cx, y - cy);
  return d <= s * 0.34 && d >= s * 0.22;
};
const handle = (x, y, s) => {
  const t = ((x - s * 0.62) + (y - s * 0.62)) / 2;
  const off = Math.abs((x - s * 0.62) - (y - s * 0.62)) / Math.SQRT2;
  return t >= 0 && t <= s * 0.26 && off <= s * 0.08;
};
const dot = (x, y, s) => Math.hypot(x - s * 0.42, y - s * 0.42) <= s * 0.14;

function pixel(x, y, s) {
  const ring = Math.max(cover(lensRing, x, y, s), cover(handle, x, y, s));
  const red = cover(dot, x, y, s);
  if (red > 0) return [220, 38, 38, Math.round(255 * red)];
  return [30, 41, 59, Math.round(255 * ring)];
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size, pixel));
console.log('icons written to public/icons');
