import { attempt, isObj, keysOf } from '../evaluator/util';

/**
 * JSON of `value` with every object's keys sorted, so values equal but for their key order print the same; the
 * mini-program runtime's comparison of data values and its check of the delivered runtime form (`runtimeSum`).
 * JSON.stringify does the rest (toJSON, undefined and functions dropped, non-finite numbers as null). Keys go into
 * each copy sorted, yet an object lists integer keys ('2', '10') first in numeric order: the same in every
 * engine, but not always canonicalJson's text, which stays the config's and runtimeHash's. A copy without a
 * prototype keeps a `__proto__` key as a member. Returns undefined where JSON.stringify throws or yields nothing
 * (a cycle ends in a stack overflow, caught here; a function or undefined at the top).
 */
export const sortedJson = (value: unknown): string | undefined =>
  attempt(() =>
    JSON.stringify(value, (_key, v: unknown) =>
      isObj(v)
        ? keysOf(v)
            .sort()
            .reduce((o: Record<string, unknown>, k) => ((o[k] = v[k]), o), Object.create(null))
        : v,
    ),
  );
