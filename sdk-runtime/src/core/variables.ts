import type { Adapter } from './adapter';
import { KEY_VARS } from './event-names';
import { assign, isObj, own } from './language-api';

/** RuntimeConfig.stored: the variables kept in storage, name → time to live in ms (0: no limit). */
type Decls = Record<string, number> | undefined;

export interface Variables {
  /** The `vars` root of the scope: run values, then unexpired stored ones. */
  values_(decls: Decls, now: number): Record<string, unknown>;
  set_(values: Record<string, unknown>, decls: Decls, now: number): void;
}

/** Remembered values: 'run' ones live in memory, 'storage' ones survive restarts until their ttlDays. */
export function createVariables(a: Adapter): Variables {
  const run: Record<string, unknown> = {};
  const raw = a.get_(KEY_VARS);
  const kept: Record<string, { value: unknown; at: number }> = isObj(raw) ? (raw as typeof kept) : {};
  // a number for a stored variable (an own member: `constructor` is no variable)
  const ttl = (decls: Decls, k: string) => (decls && own(decls, k) ? decls[k] : -1);
  return {
    values_(decls, now) {
      const out: Record<string, unknown> = {};
      for (const k in kept) {
        const d = ttl(decls, k);
        const v = kept[k];
        if (d >= 0 && isObj(v) && !(d > 0 && now - v.at >= d)) out[k] = v.value;
      }
      return assign(out, run);
    },
    set_(values, decls, now) {
      let dirty = false;
      for (const k in values) {
        if (ttl(decls, k) >= 0) {
          kept[k] = { value: values[k], at: now };
          delete run[k];
          dirty = true;
        } else run[k] = values[k];
      }
      if (dirty) a.set_(KEY_VARS, kept);
    },
  };
}
