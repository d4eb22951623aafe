import { isObj } from './util';

/** Number from a number, a numeric string or a boolean; undefined for anything else (never NaN). */
export function toNum(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'boolean' ? +v : typeof v === 'string' && v.trim() ? +v : NaN;
  return isFinite(n) ? n : undefined;
}

/** Drops binary noise (0.1 + 0.2 → 0.3): 15 significant digits is what a double holds exactly. */
export function clean(n: number): number {
  return parseFloat(n.toPrecision(15));
}

function round(v: unknown, d: unknown): number | undefined {
  const n = toNum(v);
  const p = Math.pow(10, toNum(d) || 0);
  return n === undefined ? undefined : Math.round(clean(n * p)) / p;
}

// `2024-05-01 12:30:00` is NaN for Date.parse on iOS WeChat, so dates are read here. A date without a zone is
// China time (+08:00): Youshu serves mainland merchants, and the result must not depend on the phone's zone.
const DATE = /^(\d{4})[-/](\d\d?)[-/](\d\d?)(?:[ T](\d\d?):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d\d:?\d\d)?$/;

function ms(v: unknown): number | undefined {
  const n = toNum(v);
  // below 1e11 a number is seconds (1e11 s is the year 5138; 1e11 ms is 1973)
  if (n !== undefined) return n < 1e11 ? n * 1000 : n;
  if (typeof v !== 'string') return undefined;
  const m = DATE.exec(v.trim());
  if (!m) return undefined;
  const zone = m[8] || '+08:00';
  const off = zone === 'Z' ? 0 : (zone.charAt(0) === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0), +((m[7] || '0') + '00').slice(0, 3));
  return t - off * 60000;
}

const str = (f: (s: string) => unknown) => (v: unknown) => (typeof v === 'string' ? f(v) : undefined);

type Filter = (v: unknown, a: unknown) => unknown;

/** The filters of config-types.ts FilterName. Each takes the value and its first argument; none throws. */
export const FILTERS: Record<string, Filter> = {
  num: toNum,
  int: (v) => {
    const n = toNum(v);
    return n === undefined ? n : Math.trunc(n);
  },
  str: (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v && typeof v === 'object' ? json(v) : undefined),
  bool: (v) =>
    typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : v === 'true' || v === '1' ? true : v === 'false' || v === '0' || v === '' ? false : undefined,
  yuan: (v) => {
    const n = toNum(v);
    return n === undefined ? n : Math.round(n) / 100;
  },
  fen: (v) => {
    const n = toNum(v);
    return n === undefined ? n : Math.round(clean(n * 100));
  },
  default: (v, a) => (v === undefined || v === null || v === '' ? a : v),
  len: (v) => (typeof v === 'string' || Array.isArray(v) ? v.length : isObj(v) ? Object.keys(v).length : undefined),
  first: (v) => (Array.isArray(v) ? v[0] : undefined),
  last: (v) => (Array.isArray(v) ? v[v.length - 1] : undefined),
  lower: str((s) => s.toLowerCase()),
  upper: str((s) => s.toUpperCase()),
  trim: str((s) => s.trim()),
  json: (v) => json(v),
  parse: (v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  },
  ms,
  round,
  split: (v, a) => (typeof v === 'string' ? v.split(typeof a === 'string' ? a : ',') : undefined),
  join: (v, a) => (Array.isArray(v) ? v.join(typeof a === 'string' ? a : ',') : undefined),
  keys: (v) => (isObj(v) ? Object.keys(v) : undefined),
  values: (v) => (isObj(v) ? Object.keys(v).map((k) => v[k]) : undefined),
};

function json(v: unknown): string | undefined {
  try {
    return JSON.stringify(v);
  } catch {
    return undefined;
  }
}
