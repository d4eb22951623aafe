import { attempt } from './attempt';

type Listener = (payload: unknown) => void;

/** A tiny emitter so tools (debug panel, tests) can watch the runtime without a dependency. */
export interface Emitter {
  on(name: string, fn: Listener): () => void;
  emit_(name: string, payload?: unknown): void;
}

export function createEmitter(): Emitter {
  const map: Record<string, Listener[]> = {};
  return {
    on(name, fn) {
      (map[name] = map[name] || []).push(fn);
      return () => void (map[name] = map[name].filter((f) => f !== fn));
    },
    emit_(name, payload) {
      // a listener's bug must not stop the runtime
      for (const fn of map[name] || []) attempt(() => fn(payload));
    },
  };
}
