import { canonicalJson } from '@trackway/language';

/** One field that differs between two versions of an item; `field` is a dotted path inside the item. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface ItemChanges {
  added: { id: string; item: unknown }[];
  removed: { id: string; item: unknown }[];
  changed: { id: string; fields: FieldChange[] }[];
}

/** A structured diff a PM can read: what was added, removed or changed, by id, per part of the config. */
export interface ConfigDiff {
  identical: boolean;
  pages: ItemChanges;
  /** Every rule (page rules and global rules) by id; `page` tells which page it sits on (null: global). */
  rules: ItemChanges;
  chan: ItemChanges;
  user: ItemChanges;
  variables: ItemChanges;
  propagate: ItemChanges;
  settings: FieldChange[];
  presets: FieldChange[];
  /** Other top-level fields (description, schemaVersion). */
  document: FieldChange[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Leaf differences of two JSON values; arrays are compared whole (a list reads best as before/after). */
export function fieldChanges(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (same(before, after)) return [];
  if (!isObj(before) || !isObj(after)) return [{ field: prefix || '(value)', before, after }];
  const out: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const k of keys) {
    const field = prefix ? `${prefix}.${k}` : k;
    if (!(k in after)) out.push({ field, before: before[k] });
    else if (!(k in before)) out.push({ field, after: after[k] });
    else out.push(...fieldChanges(before[k], after[k], field));
  }
  return out;
}

/** Items keyed by their `id` (a duplicate or missing id gets a positional key so nothing is hidden). */
function byId(items: unknown[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  items.forEach((item, i) => {
    const id = isObj(item) && typeof item.id === 'string' ? item.id : `#${i}`;
    map.set(map.has(id) ? `${id}#${i}` : id, item);
  });
  return map;
}

function compareItems(before: Map<string, unknown>, after: Map<string, unknown>): ItemChanges {
  const result: ItemChanges = { added: [], removed: [], changed: [] };
  for (const [id, item] of before) if (!after.has(id)) result.removed.push({ id, item });
  for (const [id, item] of after) {
    if (!before.has(id)) result.added.push({ id, item });
    else {
      const fields = fieldChanges(before.get(id), item);
      if (fields.length) result.changed.push({ id, fields });
    }
  }
  return result;
}

function allRules(doc: Obj): Map<string, unknown> {
  const rules: unknown[] = [];
  for (const page of asArray(doc.pages)) {
    const pageId = isObj(page) && typeof page.id === 'string' ? page.id : null;
    for (const rule of asArray(isObj(page) ? page.rules : undefined))
      rules.push(isObj(rule) ? { ...rule, page: pageId } : rule);
  }
  for (const rule of asArray(doc.rules)) rules.push(isObj(rule) ? { ...rule, page: null } : rule);
  return byId(rules);
}

const pagesWithoutRules = (doc: Obj) =>
  byId(
    asArray(doc.pages).map((p) =>
      isObj(p) ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'rules')) : p,
    ),
  );

const variables = (doc: Obj) => new Map(Object.entries(isObj(doc.variables) ? doc.variables : {}));

const SECTIONS = ['pages', 'rules', 'chan', 'user', 'variables', 'propagate', 'settings', 'presets'];

export function diffConfigs(before: unknown, after: unknown): ConfigDiff {
  const a = isObj(before) ? before : {};
  const b = isObj(after) ? after : {};
  const rest = (d: Obj) => Object.fromEntries(Object.entries(d).filter(([k]) => !SECTIONS.includes(k)));
  return {
    identical: same(before, after),
    pages: compareItems(pagesWithoutRules(a), pagesWithoutRules(b)),
    rules: compareItems(allRules(a), allRules(b)),
    chan: compareItems(byId(asArray(a.chan)), byId(asArray(b.chan))),
    user: compareItems(byId(asArray(a.user)), byId(asArray(b.user))),
    variables: compareItems(variables(a), variables(b)),
    propagate: compareItems(byId(asArray(a.propagate)), byId(asArray(b.propagate))),
    settings: fieldChanges(a.settings ?? {}, b.settings ?? {}),
    presets: fieldChanges(a.presets ?? {}, b.presets ?? {}),
    document: fieldChanges(rest(a), rest(b)),
  };
}
