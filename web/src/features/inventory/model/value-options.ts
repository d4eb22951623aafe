import type { Scope } from '@trackway/language';
import type { PickerOption } from './inventory-options';

/** What the picker knows of the Youshu property it fills (from the catalog). */
export interface PropertyShape {
  /** the property's dotted path in the mapping (`sku.sku_id`); its last key ranks similar sample keys first */
  path: string;
  type: string;
  description: string;
  enumValues?: readonly string[];
}

// The roots a rule reads that a device sample fills (sampleScope); page/launch values the runtime adds itself.
const ROOTS = ['data', 'event', 'response', 'request', 'item', 'query'] as const;
const MAX_DEPTH = 5;
const MAX_OPTIONS = 40;

interface Leaf {
  path: string;
  value: string | number | boolean;
}

/** Primitive leaves of the sample, arrays read through their first item (`goods.images[0]`). */
function leaves(value: unknown, path: string, depth: number, out: Leaf[]): void {
  if (out.length > 400) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.push({ path, value });
  } else if (Array.isArray(value)) {
    if (value.length && depth < MAX_DEPTH) leaves(value[0], `${path}[0]`, depth + 1, out);
  } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
    for (const [k, v] of Object.entries(value))
      if (/^[A-Za-z_$][\w$]*$/.test(k)) leaves(v, `${path}.${k}`, depth + 1, out);
  }
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
// Youshu's names next to what shops usually call the same thing.
const SYNONYMS: Record<string, string[]> = {
  name: ['title', 'name'],
  amt: ['fee', 'amount', 'price', 'total', 'amt'],
  price: ['price', 'fee', 'amount'],
  time: ['time', 'date', 'created'],
  num: ['quantity', 'count', 'num', 'qty'],
  keyword: ['keyword', 'value', 'query', 'q'],
};

/** How much a sample key looks like the property: 0 (unrelated) to 3 (same name). */
function similarity(propKey: string, leafPath: string): number {
  const key = norm(leafPath.replace(/\[0\]/g, '').split('.').pop() ?? '');
  const prop = norm(propKey);
  if (!key) return 0;
  if (key === prop) return 3;
  if (prop.endsWith(key) || key.endsWith(prop) || key.includes(prop)) return 2;
  const words = propKey.toLowerCase().split('_');
  return words.some((w) => (SYNONYMS[w] ?? []).some((s) => key.includes(s))) ? 1 : 0;
}

const isMs = (p: PropertyShape) => /毫秒|milliseconds/.test(p.description);
const isYuan = (p: PropertyShape) => /单位元|in yuan/.test(p.description);
const numeric = (v: unknown) => typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v));

// How well a proposal fits: as it is (or through the unit filter it needs), through a type cast, not at all.
const FITS = 2;
const CAST = 1;
const MISFIT = 0;

/**
 * The expression to propose for one sample leaf and how it fits the property: the path as is, or with the
 * filter that makes it fit (`| yuan` for fen amounts, `| ms` for seconds or date strings, `| str`, `| num`).
 */
function proposal(p: PropertyShape, leaf: Leaf): { expr: string; fits: number } | null {
  const ref = `{{${leaf.path}}}`;
  const v = leaf.value;
  const piped = (f: string, fits = FITS) => ({ expr: `{{${leaf.path} | ${f}}}`, fits });
  if (isMs(p)) {
    // 13 digits are ms already, 10 digits are seconds; any other number is not a time
    if (typeof v === 'number')
      return v >= 1e12 && v < 1e13 ? { expr: ref, fits: FITS } : v >= 1e9 && v < 1e10 ? piped('ms') : null;
    return typeof v === 'string' && /^\d{4}[-/]\d/.test(v) ? piped('ms') : null;
  }
  if (p.type === 'number' || p.type === 'integer') {
    if (typeof v === 'number')
      return isYuan(p) && Number.isInteger(v) && v >= 100 ? piped('yuan') : { expr: ref, fits: FITS };
    return numeric(v) ? piped(isYuan(p) ? 'yuan' : 'num', CAST) : { expr: ref, fits: MISFIT };
  }
  if (p.type === 'string') return typeof v === 'string' ? { expr: ref, fits: FITS } : piped('str', CAST);
  return { expr: ref, fits: typeof v !== 'boolean' || p.type === 'boolean' ? FITS : MISFIT };
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

/**
 * Issue 13 value pickers: what a property mapping can read on the last observed sample — every leaf of the
 * page's data, the event, the response, the item and the query, as a ready expression with its sample value —
 * fitting ones first, those named like the property first among them. Enum properties offer their values, and
 * millisecond times `{{now}}`.
 */
export function valueOptions(scope: Scope | null, p: PropertyShape): PickerOption[] {
  const consts: PickerOption[] = (p.enumValues ?? []).map((v) => ({ value: v, label: v }));
  if (isMs(p)) consts.push({ value: '{{now}}', label: '{{now}} · 当前时间 now' });
  if (!scope) return consts;
  const found: Leaf[] = [];
  for (const root of ROOTS) leaves((scope as Record<string, unknown>)[root], root, 0, found);
  const propKey = p.path.split('.').pop() ?? '';
  const ranked = found
    .map((leaf, i) => ({ leaf, i, made: proposal(p, leaf), sim: similarity(propKey, leaf.path) }))
    .filter((x): x is typeof x & { made: { expr: string; fits: number } } => x.made !== null)
    .sort((a, b) => b.made.fits - a.made.fits || b.sim - a.sim || a.i - b.i);
  const seen = new Set<string>();
  const picked: PickerOption[] = [];
  for (const x of ranked) {
    if (seen.has(x.made.expr)) continue;
    seen.add(x.made.expr);
    picked.push({ value: x.made.expr, label: `${x.made.expr} = ${show(x.leaf.value)}` });
  }
  return [...consts, ...picked].slice(0, MAX_OPTIONS);
}
