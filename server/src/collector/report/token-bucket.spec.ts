import { TokenBuckets } from './token-bucket';

describe(TokenBuckets.name, () => {
  let now = 0;
  const buckets = () => new TokenBuckets(100, 2, () => now);

  beforeEach(() => (now = 1_000_000));

  it('should let a token send its burst, then refuse it until the rate refills the bucket', () => {
    const b = buckets();
    expect(b.retryAfter('t')).toBe(0);
    b.take('t', 200);
    expect(b.retryAfter('t')).toBe(1);
    now += 100; // 10 events' worth
    expect(b.retryAfter('t')).toBe(0);
  });

  it('should make a token that overdrew wait until its debt is paid back', () => {
    const b = buckets();
    b.take('t', 700); // 500 beyond the burst of 200
    expect(b.retryAfter('t')).toBe(5);
    now += 5010;
    expect(b.retryAfter('t')).toBe(0);
  });

  it('should keep tokens apart', () => {
    const b = buckets();
    b.take('a', 500);
    expect(b.retryAfter('a')).toBeGreaterThan(0);
    expect(b.retryAfter('b')).toBe(0);
  });
});
