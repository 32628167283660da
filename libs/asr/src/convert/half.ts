/**
 * IEEE 754 half precision <-> single precision, bit-exact, for whole tensors. Written here
 * rather than taken from a package: a few lines over typed-array views, and the converter
 * needs exactly round-to-nearest-even with subnormals kept (a model's small weights live there).
 */
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >>> 10) & 0x1f;
  const mantissa = h & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** Round to nearest, ties to even; overflow gives ±Infinity, underflow a subnormal or ±0. */
export function floatToHalf(value: number): number {
  f32[0] = value;
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  let mantissa = x & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  let e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mantissa |= 0x800000; // the implicit leading 1
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    const rest = mantissa & ((1 << shift) - 1);
    let m = mantissa >>> shift;
    if (rest > half || (rest === half && m & 1)) m++;
    return sign | m;
  }
  const rest = mantissa & 0x1fff;
  let m = mantissa >>> 13;
  if (rest > 0x1000 || (rest === 0x1000 && m & 1)) {
    m++;
    if (m === 0x400) {
      m = 0;
      e++;
      if (e >= 0x1f) return sign | 0x7c00;
    }
  }
  return sign | (e << 10) | m;
}

// Lookup table: 65,536 halves decode to floats once, then every conversion is an index.
let table: Float32Array | undefined;
function halfTable(): Float32Array {
  if (!table) {
    table = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) table[h] = halfToFloat(h);
  }
  return table;
}

/** f16 bytes (little-endian) to f32 bytes. */
export function halvesToFloats(src: Buffer): Buffer {
  const n = src.length / 2;
  const out = Buffer.alloc(n * 4);
  const t = halfTable();
  const floats = new Float32Array(out.buffer, out.byteOffset, n);
  for (let i = 0; i < n; i++) floats[i] = t[src.readUInt16LE(2 * i)]!;
  return out;
}

/** f32 values to f16 bytes (little-endian). */
export function floatsToHalves(src: Float32Array): Buffer {
  const out = Buffer.alloc(src.length * 2);
  for (let i = 0; i < src.length; i++) out.writeUInt16LE(floatToHalf(src[i]!), 2 * i);
  return out;
}

/** bfloat16 bytes to f32 bytes: bf16 is the upper half of an f32, so this is exact. */
export function bfloat16ToFloats(src: Buffer): Buffer {
  const n = src.length / 2;
  const out = Buffer.alloc(n * 4);
  for (let i = 0; i < n; i++) out.writeUInt32LE(src.readUInt16LE(2 * i) << 16 >>> 0, 4 * i);
  return out;
}

/** Little-endian f32 bytes as a Float32Array (copied when unaligned). */
export function floatView(bytes: Buffer): Float32Array {
  if (bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  return new Float32Array(Uint8Array.from(bytes).buffer);
}
