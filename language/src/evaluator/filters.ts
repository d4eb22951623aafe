import { attempt, empty, isArr, isNumOrBool, isObj, isStr, keysOf, list } from './util';

/** Number from a number, a numeric string or a boolean; undefined for anything else (never NaN). */
export function toNum(v: unknown): number | undefined {
  const n = isNumOrBool(v) || (isStr(v) && v.trim()) ? Number(v) : NaN;
  return isFinite(n) ? n : undefined;
}

/** Drops binary noise (0.1 + 0.2 → 0.3): 15 significant digits is what a double holds exactly. */
export function clean(n: number): number {
  return parseFloat(n.toPrecision(15));
}

// `2024-05-01 12:30:00` is NaN for Date.parse on iOS WeChat, so dates are read here. A date without a zone is
// China time (+08:00): Youshu serves mainland merchants, and the result must not depend on the phone's zone.
const DATE =
  /^(\d{4})[-/](\d\d?)[-/](\d\d?)(?:[ T](\d\d?):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d\d:?\d\d)?$/;

function ms(v: unknown): number | undefined {
  const n = toNum(v);
  // below 1e11 a number is seconds (1e11 s is the year 5138; 1e11 ms is 1973)
  if (n !== undefined) return n < 1e11 ? n * 1000 : n;
  const m = isStr(v) && DATE.exec(v.trim());
  if (!m) return undefined;
  const zone = m[8] || '+08:00';
  // the sign and a 1 make ±1 ('-1' * x)
  const off = zone === 'Z' ? 0 : +(zone[0] + 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
  // a missing time part reads 0 (NaN || 0); the fraction's first three digits are milliseconds
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4] || 0, +m[5] || 0, +m[6] || 0, +(m[7] + '00').slice(0, 3) || 0);
  return t - off * 60000;
}

type Filter = (v: unknown, a: unknown) => unknown;

// Wrappers for the filters that take only strings or only numbers; anything else yields undefined.
const str =
  (f: (s: string, a: unknown) => unknown): Filter =>
  (v, a) =>
    isStr(v) ? f(v, a) : undefined;
const num =
  (f: (n: number, a: unknown) => unknown): Filter =>
  (v, a) => {
    const n = toNum(v);
    return n === undefined ? n : f(n, a);
  };
const sep = (a: unknown) => (isStr(a) ? a : ',');
const json = (v: unknown) => attempt(() => JSON.stringify(v));
/** A JSON text parsed (undefined when it is not JSON); anything else as it is. The `parse` filter. */
export const parseJson = (v: unknown): unknown => (isStr(v) ? attempt(() => JSON.parse(v)) : v);

/** The filters of config-types.ts FilterName. Each takes the value and its first argument; none throws. */
export const FILTERS: Record<string, Filter> = {
  num: toNum,
  int: num(Math.trunc),
  str: (v) => (isStr(v) ? v : isNumOrBool(v) ? String(v) : v && typeof v === 'object' ? json(v) : undefined),
  bool: (v) =>
    typeof v === 'boolean'
      ? v
      : typeof v === 'number'
        ? v !== 0
        : v === 'true' || v === '1'
          ? true
          : v === 'false' || v === '0' || v === ''
            ? false
            : undefined,
  yuan: num((n) => Math.round(n) / 100),
  fen: num((n) => Math.round(clean(n * 100))),
  default: (v, a) => (empty(v) ? a : v),
  len: (v) => (isStr(v) || isArr(v) ? v.length : isObj(v) ? keysOf(v).length : undefined),
  first: (v) => list(v)[0],
  last: (v) => list(v).slice(-1)[0],
  lower: str((s) => s.toLowerCase()),
  upper: str((s) => s.toUpperCase()),
  trim: str((s) => s.trim()),
  json,
  parse: parseJson,
  ms,
  round: num((n, d) => {
    const p = Math.pow(10, toNum(d) || 0);
    return Math.round(clean(n * p)) / p;
  }),
  split: str((s, a) => s.split(sep(a))),
  join: (v, a) => (isArr(v) ? v.join(sep(a)) : undefined),
  keys: (v) => (isObj(v) ? keysOf(v) : undefined),
  values: (v) => (isObj(v) ? keysOf(v).map((k) => v[k]) : undefined),
};
