import type { Adapter } from './adapter';
import { KEY_VARS } from './event-names';
import { assign, isObj, type VariableDecl } from './spec-api';

type Decls = Record<string, VariableDecl> | undefined;

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
  const stored = (d: VariableDecl | undefined): d is VariableDecl => !!d && d.scope === 'storage';
  return {
    values_(decls, now) {
      const out: Record<string, unknown> = {};
      for (const k in kept) {
        const d = decls && decls[k];
        const v = kept[k];
        if (stored(d) && isObj(v) && !(d.ttlDays! > 0 && now - v.at >= d.ttlDays! * 864e5)) out[k] = v.value;
      }
      return assign(out, run);
    },
    set_(values, decls, now) {
      let dirty = false;
      for (const k in values) {
        if (stored(decls && decls[k])) {
          kept[k] = { value: values[k], at: now };
          delete run[k];
          dirty = true;
        } else run[k] = values[k];
      }
      if (dirty) a.set_(KEY_VARS, kept);
    },
  };
}
