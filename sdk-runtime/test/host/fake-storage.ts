/** WeChat's limits: 1 MB per key, 10 MB per mini-program; a write past them throws like wx.setStorageSync. */
export const KEY_LIMIT = 1024 * 1024;
export const TOTAL_LIMIT = 10 * 1024 * 1024;

export interface FakeStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  clear(): void;
  keys(): string[];
  bytes(): number;
  /** Makes every later write fail as when the 10 MB are used up (true) or lifts it (false). */
  setFull(full: boolean): void;
  /** Raw stored text, to corrupt entries in tests. */
  raw: Map<string, string>;
}

export function createFakeStorage(): FakeStorage {
  const raw = new Map<string, string>();
  let full = false;
  const size = (k: string, v: string) => k.length + v.length;
  const bytes = () => [...raw].reduce((n, [k, v]) => n + size(k, v), 0);
  return {
    raw,
    get(key) {
      const v = raw.get(key);
      if (v === undefined) return '';
      try {
        return JSON.parse(v);
      } catch {
        return '';
      }
    },
    set(key, value) {
      const text = JSON.stringify(value === undefined ? null : value);
      if (size(key, text) > KEY_LIMIT) throw new Error('setStorageSync:fail exceed storage item max length');
      const old = raw.get(key);
      if (full || bytes() - (old ? size(key, old) : 0) + size(key, text) > TOTAL_LIMIT) {
        throw new Error('setStorageSync:fail exceed storage max size 10MB');
      }
      raw.set(key, text);
    },
    remove: (key) => void raw.delete(key),
    clear: () => raw.clear(),
    keys: () => [...raw.keys()],
    bytes,
    setFull: (f) => void (full = f),
  };
}
