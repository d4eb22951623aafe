import { own } from './util';

/** A path split into segments by parsePath (`goods.list[0]` → `['goods', 'list', 0]`); null when malformed. */
export type PathSegments = (string | number)[] | null;

/**
 * Reads a path, given as its segments, from the scope. Own properties of objects and arrays only
 * (`data.constructor` is undefined); a function on the way is a resolver and is called with the next segment.
 * A malformed path (null) reads undefined. Never throws.
 */
export function readPath(scope: unknown, segs: PathSegments): unknown {
  let cur = segs ? scope : undefined;
  for (const k of segs || []) {
    try {
      cur =
        typeof cur === 'function'
          ? cur(String(k))
          : typeof cur === 'object' && cur && own(cur, k)
            ? (cur as Record<string, unknown>)[k]
            : undefined;
    } catch {
      return undefined;
    }
  }
  return typeof cur === 'function' ? undefined : cur;
}
