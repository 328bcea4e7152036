import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { deflateSync } from "node:zlib";

/**
 * Draws Ruta's marketplace icons and writes assets/logo.png (320×320, full bleed: Zendesk rounds the
 * corners itself) and assets/logo-small.png (128×128, rounded square on transparency).
 * The mark: a white route — an open origin ring, a waypoint and a destination dot joined by a path —
 * on Zendesk-ish blue. Shapes are signed distance fields, so edges come out antialiased.
 * Run: `npx tsx scripts/make-logos.ts`.
 */

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

/** Background gradient, top to bottom (#2381c7 → #1f73b7 → #1a64a1). */
const TOP: Rgb = [0x23, 0x81, 0xc7];
const BOTTOM: Rgb = [0x1a, 0x64, 0xa1];
const WHITE: Rgb = [255, 255, 255];

/** The route, in unit coordinates (0..1, y down). */
const ORIGIN: Point = [0.28, 0.72];
const WAYPOINT: Point = [0.6, 0.58];
const DESTINATION: Point = [0.72, 0.29];
/** Transit-map style: straight runs with 45° turns. */
const PATH: readonly Point[] = [ORIGIN, [0.46, 0.72], WAYPOINT, [0.6, 0.41], DESTINATION];
const STROKE = 0.03;

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function distanceToCircle(p: Point, [cx, cy]: Point, radius: number): number {
  return Math.hypot(p[0] - cx, p[1] - cy) - radius;
}

/** Signed distance to a centred rounded square of half-size 0.5 and corner radius `radius`. */
function distanceToRoundedSquare([px, py]: Point, radius: number): number {
  const qx = Math.abs(px - 0.5) - (0.5 - radius);
  const qy = Math.abs(py - 0.5) - (0.5 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Signed distance to the white glyph: path ∪ origin ring ∪ waypoint ∪ destination, minus the ring's hole. */
function distanceToGlyph(p: Point): number {
  let path = Infinity;
  for (let i = 1; i < PATH.length; i++) path = Math.min(path, distanceToSegment(p, PATH[i - 1]!, PATH[i]!) - STROKE);
  const shapes = Math.min(path, distanceToCircle(p, ORIGIN, 0.085), distanceToCircle(p, WAYPOINT, 0.055), distanceToCircle(p, DESTINATION, 0.095));
  return Math.max(shapes, -distanceToCircle(p, ORIGIN, 0.04));
}

/** Fraction of a pixel covered by a shape whose signed distance (in pixels) at its centre is `d`. */
const coverage = (d: number) => Math.max(0, Math.min(1, 0.5 - d));

function renderIcon(size: number, cornerRadius: number): Buffer {
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p: Point = [(x + 0.5) / size, (y + 0.5) / size];
      const alpha = cornerRadius > 0 ? coverage(distanceToRoundedSquare(p, cornerRadius) * size) : 1;
      const white = coverage(distanceToGlyph(p) * size);
      const o = row + 1 + x * 4;
      for (let c = 0; c < 3; c++) {
        const background = TOP[c]! + (BOTTOM[c]! - TOP[c]!) * p[1];
        rows[o + c] = Math.round(background + (WHITE[c]! - background) * white);
      }
      rows[o + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes filtered RGBA rows as a PNG (8-bit, colour type 6). */
function encodePng(width: number, height: number, rows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

const assets = resolve(import.meta.dirname, "../assets");
writeFileSync(resolve(assets, "logo.png"), renderIcon(320, 0));
writeFileSync(resolve(assets, "logo-small.png"), renderIcon(128, 0.22));
console.log(`Wrote ${assets}/logo.png (320×320) and logo-small.png (128×128).`);
