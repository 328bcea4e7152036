const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG colour types that carry an alpha channel (greyscale+alpha, RGBA). */
const ALPHA_COLOR_TYPES = [4, 6];

export interface PngHeader {
  width: number;
  height: number;
  /** PNG colour type: 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colorType: number;
  /** True when the image can be transparent: an alpha colour type or a tRNS chunk. */
  hasAlpha: boolean;
}

/** Reads a PNG's IHDR chunk (size and colour type); returns null when the bytes are not a PNG. */
export function readPngHeader(bytes: Uint8Array): PngHeader | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE) || buffer.toString("latin1", 12, 16) !== "IHDR") return null;
  const colorType = buffer[25]!;
  let hasAlpha = ALPHA_COLOR_TYPES.includes(colorType);
  for (let offset = 8; !hasAlpha && offset + 8 <= buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("latin1", offset + 4, offset + 8);
    if (type === "tRNS") hasAlpha = true;
    if (type === "IDAT" || type === "IEND") break;
    offset += 12 + length;
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), colorType, hasAlpha };
}
