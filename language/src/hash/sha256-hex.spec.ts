import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex } from './sha256-hex';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe(sha256Hex.name, () => {
  it('should give the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('should agree with node:crypto around the padding block boundaries', () => {
    for (let n = 50; n <= 130; n++) expect(sha256Hex('a'.repeat(n))).toBe(nodeSha('a'.repeat(n)));
  });

  it('should agree with node:crypto on random text with CJK, emoji and lone surrogates', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('有', '数', '🙂', '👨‍👩‍👧', 'é', 'a', '\n', '\ud800', '\udc00'), maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, (s) => sha256Hex(s) === nodeSha(s)),
      { numRuns: 500 },
    );
  });
});
