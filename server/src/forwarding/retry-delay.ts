// 1 h: past that, a longer wait only delays recovery after Youshu comes back.
export const MAX_RETRY_DELAY_MS = 3_600_000;

/**
 * Delay before the next attempt after `attempts` failed ones: base × 2^(attempts−1), capped at 1 h, ± 20 %
 * jitter so rows that failed together (Youshu down for everyone) do not all come back in the same second.
 */
export function retryDelayMs(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
