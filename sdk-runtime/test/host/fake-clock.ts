/**
 * A fake clock for the simulated mini-program: replaces setTimeout/setInterval and Date.now while installed, so
 * the runtime's batching, retries and holds run in test time. `advance` runs due timers in order and lets
 * promise callbacks settle between them.
 */
export interface FakeClock {
  now(): number;
  advance(ms: number): Promise<void>;
  /** Runs everything due now (timers of 0 ms, resolved promises). */
  settle(): Promise<void>;
  install(): void;
  uninstall(): void;
  /** Timers still scheduled. */
  pending(): number;
}

interface Timer {
  id: number;
  at: number;
  fn: () => void;
  every?: number;
}

const realSetImmediate = setImmediate;
export const flushMicrotasks = () => new Promise<void>((r) => realSetImmediate(r));

export function createFakeClock(start = Date.UTC(2024, 5, 1, 2, 0, 0)): FakeClock {
  let now = start;
  let seq = 0;
  let timers: Timer[] = [];
  const saved: Record<string, unknown> = {};
  const g = globalThis as unknown as Record<string, unknown>;
  const add = (fn: () => void, ms: number, every?: number) => {
    const t = { id: ++seq, at: now + Math.max(0, +ms || 0), fn, every };
    timers.push(t);
    return t.id;
  };
  const clear = (id: unknown) => void (timers = timers.filter((t) => t.id !== id));

  async function runUntil(target: number): Promise<void> {
    await flushMicrotasks();
    for (;;) {
      const due = timers.filter((t) => t.at <= target).sort((x, y) => x.at - y.at || x.id - y.id)[0];
      if (!due) break;
      now = Math.max(now, due.at);
      if (due.every) due.at = now + Math.max(1, due.every);
      else clear(due.id);
      due.fn();
      await flushMicrotasks();
    }
    now = Math.max(now, target);
    await flushMicrotasks();
  }

  return {
    now: () => now,
    advance: (ms) => runUntil(now + ms),
    settle: () => runUntil(now),
    pending: () => timers.length,
    install() {
      for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']) saved[k] = g[k];
      saved.now = Date.now;
      g.setTimeout = (fn: () => void, ms?: number) => add(fn, ms || 0);
      g.clearTimeout = clear;
      g.setInterval = (fn: () => void, ms?: number) => add(fn, ms || 0, ms || 1);
      g.clearInterval = clear;
      Date.now = () => now;
    },
    uninstall() {
      for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']) g[k] = saved[k];
      Date.now = saved.now as () => number;
      timers = [];
    },
  };
}
