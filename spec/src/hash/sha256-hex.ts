// Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes,
// computed at load instead of shipped as 64 literals (saves ~500 bytes of the runtime bundle).
const K: number[] = [];
const H0: number[] = [];
for (let n = 2, i = 0; i < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  const frac = (x: number) => ((x - Math.floor(x)) * 0x100000000) | 0;
  if (i < 8) H0[i] = frac(Math.sqrt(n));
  K[i++] = frac(Math.cbrt(n));
}

function utf8(text: string): number[] {
  const b: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // a surrogate pair is one code point; a lone surrogate becomes U+FFFD like TextEncoder does
    if (c >= 0xd800 && c < 0xe000) {
      const lo = text.charCodeAt(i + 1);
      if (c < 0xdc00 && lo >= 0xdc00 && lo < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x80) b.push(c);
    else if (c < 0x800) b.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) b.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else b.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return b;
}

/** SHA-256 (FIPS 180-4) of the UTF-8 bytes of `text`, as 64 lowercase hex digits. Pure JS, ES2017. */
export function sha256Hex(text: string): string {
  const b = utf8(String(text));
  const bits = b.length * 8;
  b.push(0x80);
  while (b.length % 64 !== 56) b.push(0);
  // message length in bits as a 64-bit big-endian number (high word first)
  b.push(0, 0, 0, 0, 0, 0, 0, 0);
  const hi = Math.floor(bits / 0x100000000);
  for (let i = 0; i < 4; i++) {
    b[b.length - 1 - i] = (bits >>> (8 * i)) & 255;
    b[b.length - 5 - i] = (hi >>> (8 * i)) & 255;
  }
  const h = H0.slice();
  const w: number[] = [];
  const ror = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < b.length; off += 64) {
    for (let t = 0; t < 64; t++) {
      if (t < 16) w[t] = (b[off + 4 * t] << 24) | (b[off + 4 * t + 1] << 16) | (b[off + 4 * t + 2] << 8) | b[off + 4 * t + 3];
      else {
        const x = w[t - 15];
        const y = w[t - 2];
        w[t] = (w[t - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[t - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10))) | 0;
      }
    }
    let [a, bb, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 64; t++) {
      const t1 = (hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      const t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    [a, bb, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i] + v) | 0));
  }
  return h.map((v) => ('0000000' + (v >>> 0).toString(16)).slice(-8)).join('');
}
