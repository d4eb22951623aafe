import type { Adapter } from './adapter';
import { KEY_KEPT } from './event-names';
import {
  assign,
  isObj,
  mergeKeptField,
  nestFields,
  resolveFields,
  type FieldRule,
  type KeptField,
  type Scope,
} from './language-api';

export type FieldKind = 'chan' | 'user';
export type Moment = 'appShow' | 'pageLoad' | 'pageShow';

export interface FieldState {
  /** Current flat values (`chan_custom.chan_custom_id` stays dotted) by kind. */
  chan: Record<string, unknown>;
  user: Record<string, unknown>;
  /** The same, nested (the scope's `chan` and `user` roots), rebuilt only when a value changed. */
  nested_: Record<FieldKind, Record<string, unknown>>;
  /** Counts changes, so what is derived from the fields (common properties) is rebuilt only after one. */
  version_: number;
  /** Re-derives the fields due at `moment`; true when a value changed. */
  resolve_(kind: FieldKind, rules: FieldRule[], scope: Scope, moment: Moment, now: number): boolean;
}

/** chan and wx_user as derived by the config's field rules; persisted fields go through mergeKeptField. */
export function createFieldState(a: Adapter): FieldState {
  const raw = a.get_(KEY_KEPT);
  const kept: Record<FieldKind, Record<string, KeptField>> = isObj(raw) && isObj(raw.chan) && isObj(raw.user)
    ? (raw as typeof kept)
    : { chan: {}, user: {} };
  const st: FieldState = {
    chan: {},
    user: {},
    nested_: { chan: {}, user: {} },
    version_: 0,
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
      if (changed) {
        st.version_++;
        // a new object, never one changed in place: events already queued keep the values they were built with
        st.nested_ = assign({}, st.nested_, { [kind]: nestFields(st[kind]) });
      }
      return changed;
    },
  };
  return st;
}
