/**
 * A stand-in emblem for the demo's kop: a PNG drawn here (a shield in the province's blue and
 * gold, with a star), uploaded to the in-memory Drive and named in Pengaturan as Logo Kop. The
 * office uses its own lambang daerah; this only shows where it goes.
 */
import { deflateSync } from 'node:zlib';

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
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG of `width` × `height` whose pixel (x, y) is `paint(x, y)` ([r, g, b, a]). */
export function png(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // no filter
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = paint(x, y);
      raw.set([r, g, b, a], y * (width * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The demo's emblem: 120 × 140 pixels. */
export function demoEmblem(): Buffer {
  const W = 120;
  const H = 140;
  return png(W, H, (x, y) => {
    const cx = x - W / 2;
    // A shield: straight sides down to 60%, then a point.
    const half = y < H * 0.6 ? W * 0.45 : W * 0.45 * (1 - (y - H * 0.6) / (H * 0.4));
    if (Math.abs(cx) > half || y < 4) return [0, 0, 0, 0];
    const edge = Math.abs(cx) > half - 5 || y < 9;
    if (edge) return [200, 160, 30, 255];
    // A five-pointed star near the top.
    const sx = cx / 22;
    const sy = (y - 42) / 22;
    const r = Math.hypot(sx, sy);
    const a = Math.atan2(sy, sx) + Math.PI / 2;
    const star = 0.45 + 0.55 * Math.abs(Math.cos((5 * a) / 2));
    if (r < star * 0.9) return [230, 190, 40, 255];
    return y > H * 0.62 ? [30, 110, 60, 255] : [20, 50, 120, 255];
  });
}
