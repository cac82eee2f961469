// Draws the toolbar/notification icon (a bell on a red rounded square) as PNGs at the sizes the
// browsers and stores ask for. Run: node assets/make-icons.mjs — writes assets/public/icon/*.png.
// 16/32: toolbar; 48/96: extension pages and AMO's listing; 128: install dialog and the Chrome Web
// Store, which wants the artwork 96x96 inside 16 transparent pixels on each side.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

// Shapes in a unit square (0..1): inside tests for background, bell and clapper.
const roundedSquare = (x, y) => {
  const r = 0.22;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const bell = (x, y) => {
  const cx = 0.5;
  if (y >= 0.24 && y <= 0.68) {
    const t = (y - 0.24) / 0.44;
    const half = 0.15 + 0.17 * t * t;
    const dome = y < 0.34 ? Math.hypot(x - cx, y - 0.36) <= 0.15 : Math.abs(x - cx) <= half;
    return dome;
  }
  if (y > 0.68 && y <= 0.74) return Math.abs(x - cx) <= 0.34;
  return Math.hypot(x - cx, y - 0.2) <= 0.045;
};
const clapper = (x, y) => Math.hypot(x - 0.5, y - 0.8) <= 0.07;

function render(size, padding) {
  const art = size - 2 * padding;
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px - padding + (sx + 0.5) / samples) / art;
          const y = (py - padding + (sy + 0.5) / samples) / art;
          if (x < 0 || x > 1 || y < 0 || y > 1) continue;
          if (!roundedSquare(x, y)) continue;
          a += 255;
          if (bell(x, y) || clapper(x, y)) {
            r += 255;
            g += 255;
            b += 255;
          } else {
            r += 0xd5;
            g += 0x2b;
            b += 0x1e;
          }
        }
      }
      const n = samples * samples;
      const i = py * (size * 4 + 1) + 1 + px * 4;
      const coverage = a / 255;
      raw[i] = coverage ? Math.round(r / coverage) : 0;
      raw[i + 1] = coverage ? Math.round(g / coverage) : 0;
      raw[i + 2] = coverage ? Math.round(b / coverage) : 0;
      raw[i + 3] = Math.round(a / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PADDING = { 16: 0, 32: 0, 48: 0, 96: 0, 128: 16 };
for (const [size, padding] of Object.entries(PADDING)) {
  writeFileSync(new URL(`../assets/public/icon/${size}.png`, import.meta.url), render(Number(size), padding));
}
