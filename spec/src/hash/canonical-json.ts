import { isArr, keysOf } from '../evaluator/util';

/**
 * JSON with object keys sorted by UTF-16 code units and no whitespace, so equal documents hash equal whatever
 * order their keys were written in. Arrays keep their order; undefined members (and functions) are dropped as
 * JSON.stringify drops them; numbers print as JSON.stringify prints them, non-finite ones as null; toJSON is
 * honoured. Returns undefined for a value JSON cannot represent at the top (undefined, a function) or a cycle.
 */
export function canonicalJson(value: unknown): string | undefined {
  try {
    return write(value, []);
  } catch {
    return undefined;
  }
}

function write(v: unknown, seen: unknown[]): string | undefined {
  if (v && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
  if (v === null || typeof v !== 'object') {
    return typeof v === 'function' || typeof v === 'symbol' ? undefined : JSON.stringify(v);
  }
  if (seen.indexOf(v) >= 0) throw new Error('cycle');
  seen.push(v);
  let out: string;
  if (isArr(v)) {
    out = '[' + v.map((x) => (x = write(x, seen)) === undefined ? 'null' : x).join(',') + ']';
  } else {
    const o = v as Record<string, unknown>;
    const parts: string[] = [];
    // Array.prototype.sort without a comparator compares UTF-16 code units, which is the order wanted
    for (const k of keysOf(o).sort()) {
      const x = write(o[k], seen);
      if (x !== undefined) parts.push(JSON.stringify(k) + ':' + x);
    }
    out = '{' + parts.join(',') + '}';
  }
  seen.pop();
  return out;
}
