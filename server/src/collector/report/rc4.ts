/**
 * RC4 as sr-sdk-wxapp 2.1.1 applies it to an upload (`encrypt: true`): the key is the UTF-8 bytes of the
 * `Content-Encrypting-Key` header, the input the UTF-8 bytes of the JSON array. Encrypting and decrypting are the
 * same operation. Hand-written because OpenSSL 3 (Node 17+) moved RC4 to its legacy provider, which is off.
 * About 4 ms per MB here, against a 1 MB body limit.
 */
export function rc4(key: Uint8Array, input: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    const t = s[i];
    s[i] = s[j];
    s[j] = t;
  }
  const out = new Uint8Array(input.length);
  for (let n = 0, i = 0, j = 0; n < input.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    const t = s[i];
    s[i] = s[j];
    s[j] = t;
    out[n] = input[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}
