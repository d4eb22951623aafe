import { attempt, isArr, isFn, keysOf } from '../evaluator/util';

/**
 * JSON with object keys sorted by UTF-16 code units and no whitespace, so equal documents hash equal whatever
 * order their keys were written in. Arrays keep their order; undefined members (and functions) are dropped as
 * JSON.stringify drops them; numbers print as JSON.stringify prints them, non-finite ones as null; toJSON is
 * honoured. Returns undefined for a value JSON cannot represent at the top (undefined, a function) or a cycle.
 */
export const canonicalJson = (value: unknown): string | undefined => attempt(() => write(value, []));

// Every string write returns is non-empty, so `||` tells "left out" (undefined) from a value.
function write(v: unknown, seen: unknown[]): string | undefined {
  if (v && isFn((v as { toJSON?: unknown }).toJSON)) v = (v as { toJSON: () => unknown }).toJSON();
  // JSON.stringify of a function, a symbol or undefined is undefined
  if (!v || typeof v !== 'object') return JSON.stringify(v);
  if (seen.indexOf(v) >= 0) throw 0;
  seen.push(v);
  const o = v as Record<string, unknown>;
  const out = isArr(v)
    ? '[' + v.map((x) => write(x, seen) || 'null').join() + ']'
    : '{' +
      keysOf(o)
        .sort()
        .map((k) => {
          const x = write(o[k], seen);
          return x && JSON.stringify(k) + ':' + x;
        })
        .filter(Boolean)
        .join() +
      '}';
  seen.pop();
  return out;
}
