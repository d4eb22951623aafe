import { attempt } from './language-api';

type Listener = (payload: unknown) => void;

/** A tiny emitter so tools (debug panel, tests) can watch the runtime without a dependency. */
export interface Emitter {
  on_(name: string, fn: Listener): () => void;
  /** `payload` is a function, called only when someone listens: most runs have no listener, and an event's
   * decision and event payloads were 0.3 µs of the 5 µs it cost. */
  emit_(name: string, payload: () => unknown): void;
}

export function createEmitter(): Emitter {
  const map: Record<string, Listener[]> = {};
  return {
    on_(name, fn) {
      (map[name] = map[name] || []).push(fn);
      return () => void (map[name] = map[name].filter((f) => f !== fn));
    },
    emit_(name, payload) {
      const fns = map[name];
      if (!fns || !fns.length) return;
      const p = payload();
      // a listener's bug must not stop the runtime
      for (const fn of fns) attempt(() => fn(p));
    },
  };
}
