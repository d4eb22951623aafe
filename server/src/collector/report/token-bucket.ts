/**
 * Per-token rate limit of the collector, in events per second, kept in this instance's memory: with N instances
 * behind a balancer a token can send up to N × the rate. Good enough against a runaway client; a shared limit
 * would cost a round trip to a shared store on the hot path.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { level: number; at: number }>();

  /** `ratePerSecond` events per second refill; a bucket holds `burstSeconds` worth of them. */
  constructor(
    private readonly ratePerSecond: number,
    private readonly burstSeconds = 2,
    private readonly now: () => number = Date.now,
  ) {}

  private bucket(key: string) {
    const t = this.now();
    const cap = this.ratePerSecond * this.burstSeconds;
    let b = this.buckets.get(key);
    if (!b) {
      // a few thousand live tokens at most; drop the idle ones (full again anyway) before growing further
      if (this.buckets.size >= 10_000) this.sweep(t, cap);
      b = { level: cap, at: t };
      this.buckets.set(key, b);
    }
    b.level = Math.min(cap, b.level + ((t - b.at) / 1000) * this.ratePerSecond);
    b.at = t;
    return b;
  }

  /** Seconds until the bucket of `key` has room again; 0 when it has room now. */
  retryAfter(key: string): number {
    const b = this.bucket(key);
    return b.level > 0 ? 0 : Math.max(1, Math.ceil(-b.level / this.ratePerSecond));
  }

  /** Takes `count` events out (the bucket may go below zero: the upload was already read). */
  take(key: string, count: number): void {
    this.bucket(key).level -= count;
  }

  private sweep(t: number, cap: number): void {
    for (const [k, b] of this.buckets)
      if (b.level + ((t - b.at) / 1000) * this.ratePerSecond >= cap) this.buckets.delete(k);
  }
}
