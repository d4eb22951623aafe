import type { Adapter } from './adapter';
import { KEYS } from './event-names';
import { isObj } from './is-obj';
import type { VariableDecl } from './spec-api';

export interface Variables {
  /** The `vars` root of the scope: run values, then unexpired stored ones. */
  values(decls: Record<string, VariableDecl> | undefined, now: number): Record<string, unknown>;
  set(values: Record<string, unknown>, decls: Record<string, VariableDecl> | undefined, now: number): void;
}

/** Remembered values: 'run' ones live in memory, 'storage' ones survive restarts until their ttlDays. */
export function createVariables(a: Adapter): Variables {
  const run: Record<string, unknown> = {};
  const raw = a.getItem(KEYS.vars);
  const kept: Record<string, { value: unknown; at: number }> = isObj(raw) ? (raw as typeof kept) : {};
  const stored = (d: VariableDecl | undefined) => !!d && d.scope === 'storage';
  const live = (d: VariableDecl | undefined, at: number, now: number) => !(d && d.ttlDays! > 0) || now - at < d.ttlDays! * 864e5;
  return {
    values(decls, now) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(kept)) {
        const d = decls && decls[k];
        if (stored(d) && isObj(kept[k]) && live(d, kept[k].at, now)) out[k] = kept[k].value;
      }
      for (const k of Object.keys(run)) out[k] = run[k];
      return out;
    },
    set(values, decls, now) {
      let dirty = false;
      for (const k of Object.keys(values)) {
        if (stored(decls && decls[k])) {
          kept[k] = { value: values[k], at: now };
          delete run[k];
          dirty = true;
        } else run[k] = values[k];
      }
      if (dirty) a.setItem(KEYS.vars, kept);
    },
  };
}
