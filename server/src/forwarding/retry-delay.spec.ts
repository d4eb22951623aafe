import { MAX_RETRY_DELAY_MS, retryDelayMs } from './retry-delay';

describe(retryDelayMs.name, () => {
  it('should double the delay per failed attempt from the base', () => {
    const mid = () => 0.5; // no jitter
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 2000, mid))).toEqual([2000, 4000, 8000, 16000]);
  });

  it('should never wait more than an hour (plus jitter)', () => {
    expect(retryDelayMs(40, 2000, () => 0.5)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(40, 2000, () => 1)).toBe(MAX_RETRY_DELAY_MS * 1.2);
  });

  it('should spread rows that failed together over ±20 %', () => {
    expect(retryDelayMs(3, 1000, () => 0)).toBe(3200);
    expect(retryDelayMs(3, 1000, () => 1)).toBe(4800);
  });
});
