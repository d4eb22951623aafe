import { murmur3, rolloutBucket } from './rollout-bucket';

describe(murmur3.name, () => {
  // Reference values of MurmurHash3_x86_32 (Austin Appleby's SMHasher; the same as Guava's murmur3_32).
  it.each([
    ['', 0, 0],
    ['', 1, 0x514e28b7],
    ['hello', 0, 0x248bfa47],
    ['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723],
  ])('should hash %j with seed %d like the reference implementation', (key, seed, expected) => {
    expect(murmur3(key, seed)).toBe(expected);
  });
});

describe(rolloutBucket.name, () => {
  it('should put the same client in the same bucket every time', () => {
    expect(rolloutBucket('wx0123456789abcdef', 'release', 3, 'cid-42')).toBe(
      rolloutBucket('wx0123456789abcdef', 'release', 3, 'cid-42'),
    );
  });

  it('should spread 10,000 clients about evenly over the 100 buckets', () => {
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 10_000; i++) counts[rolloutBucket('wx0123456789abcdef', 'release', 2, `c${i}`)]++;
    const below20 = counts.slice(0, 20).reduce((a, b) => a + b, 0);
    expect(below20).toBeGreaterThan(1_800);
    expect(below20).toBeLessThan(2_200);
    expect(Math.max(...counts)).toBeLessThan(160);
  });
});
