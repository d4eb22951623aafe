type Listener = (payload: unknown) => void;

/** A tiny emitter so tools (debug panel, tests) can watch the runtime without a dependency. */
export interface Emitter {
  on(name: string, fn: Listener): () => void;
  emit(name: string, payload?: unknown): void;
}

export function createEmitter(): Emitter {
  const map: Record<string, Listener[]> = {};
  return {
    on(name, fn) {
      (map[name] = map[name] || []).push(fn);
      return () => {
        map[name] = (map[name] || []).filter((f) => f !== fn);
      };
    },
    emit(name, payload) {
      for (const fn of map[name] || []) {
        try {
          fn(payload);
          // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
        } catch (_) {
          // a listener's bug must not stop the runtime
        }
      }
    },
  };
}
