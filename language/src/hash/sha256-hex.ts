// Round constants K and initial hash H0: the first 32 bits of the fractional parts of the cube (K) and square
// (H0) roots of the first 64 (8) primes, computed at load instead of shipped as 72 literals (~600 bytes).
const K: number[] = [];
const H0: number[] = [];
// x % 1 is the fractional part of a positive x
const frac = (x: number) => ((x % 1) * 0x100000000) | 0;
for (let n = 2; K.length < 64; n++) {
  let d = 2;
  while (n % d) d++;
  if (d < n) continue;
  if (K.length < 8) H0.push(frac(Math.sqrt(n)));
  K.push(frac(Math.cbrt(n)));
}

const ror = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 (FIPS 180-4) of the UTF-8 bytes of `text`, as 64 lowercase hex digits. Pure JS, ES2017. */
export function sha256Hex(text: string): string {
  // UTF-8 bytes as char codes (unescape of encodeURIComponent), then the 0x80 end marker. encodeURIComponent
  // throws on a lone surrogate: those become U+FFFD first, as TextEncoder does (without the u flag the pattern
  // sees UTF-16 code units, so a pair is two of them).
  const b =
    unescape(
      encodeURIComponent(
        String(text).replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (s) => (s[1] ? s : '\ufffd')),
      ),
    ) + '\x80';
  const m: number[] = [];
  for (let i = 0; i < b.length; i++) m[i >> 2] |= b.charCodeAt(i) << (24 - (i % 4) * 8);
  // padded to whole 64-byte blocks with the length in bits in the last word; the word before it (the high half
  // of a 64-bit length) stays 0, which holds below 512 MB of text (configs are at most 256 KB)
  const words = (((b.length + 7) >> 6) + 1) * 16;
  m[words - 1] = (b.length - 1) * 8;
  let h = H0;
  const w: number[] = [];
  for (let o = 0; o < words; o += 16) {
    // v is the working state a..h; each round unshifts the new a, drops h and adds t1 to e
    const v = h.slice();
    for (let t = 0; t < 64; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      w[t] =
        t < 16
          ? m[o + t] | 0
          : (w[t - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[t - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10))) | 0;
      const [a, bb, c, , e, f, g, hh] = v;
      const t1 = hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
      v.pop();
      v.unshift((t1 + (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c))) | 0);
      v[4] = (v[4] + t1) | 0;
    }
    h = h.map((x, i) => (x + v[i]) | 0);
  }
  return h.map((x) => ('0000000' + (x >>> 0).toString(16)).slice(-8)).join('');
}
