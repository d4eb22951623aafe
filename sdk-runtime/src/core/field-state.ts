import type { Adapter } from './adapter';
import { KEY_KEPT } from './event-names';
import { isObj, mergeKeptField, resolveFields, type FieldRule, type KeptField, type Scope } from './spec-api';

export type FieldKind = 'chan' | 'user';
export type Moment = 'appShow' | 'pageLoad' | 'pageShow';

export interface FieldState {
  /** Current flat values (`chan_custom.chan_custom_id` stays dotted) by kind. */
  chan: Record<string, unknown>;
  user: Record<string, unknown>;
  /** Re-derives the fields due at `moment`; true when a value changed. */
  resolve_(kind: FieldKind, rules: FieldRule[], scope: Scope, moment: Moment, now: number): boolean;
}

/** chan and wx_user as derived by the config's field rules; persisted fields go through mergeKeptField. */
export function createFieldState(a: Adapter): FieldState {
  const raw = a.get_(KEY_KEPT);
  const kept: Record<FieldKind, Record<string, KeptField>> = isObj(raw) && isObj(raw.chan) && isObj(raw.user) ? (raw as typeof kept) : { chan: {}, user: {} };
  const st: FieldState = {
    chan: {},
    user: {},
    resolve_(kind, rules, scope, moment, now) {
      let changed = false;
      let keep = false;
      for (const r of resolveFields(rules, scope, moment)) {
        let v = r.value;
        const f = r.rule.field;
        if (r.rule.persist) {
          const m = mergeKeptField(kept[kind][f], v, r.rule, now);
          v = m.value;
          if (m.kept) kept[kind][f] = m.kept;
          else delete kept[kind][f];
          keep = true;
        }
        if (v !== undefined && st[kind][f] !== v) {
          st[kind][f] = v;
          changed = true;
        }
      }
      if (keep) a.set_(KEY_KEPT, kept);
      return changed;
    },
  };
  return st;
}
