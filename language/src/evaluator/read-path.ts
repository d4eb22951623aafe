import type { PathSegment } from './parse-path';
import { attempt, isArr, isFn, own } from './util';

/**
 * A path split into segments by parsePath (`goods.list[0]` → `['goods', 'list', 0]`; a computed key is the
 * segments of a path read from the scope); null when malformed.
 */
export type PathSegments = PathSegment[] | null;

/**
 * Reads a path, given as its segments, from `base` (the scope unless given). Own properties of objects and arrays
 * only (`data.constructor` is undefined); a function on the way is a resolver and is called with the next segment.
 * A computed key is read from `scope`. A malformed path (null) reads undefined.
 * Never throws.
 */
export function readPath(scope: unknown, segs: PathSegments, base: unknown = scope): unknown {
  // once undefined, every later segment reads undefined too; a resolver or getter that throws reads undefined
  const v = attempt(() =>
    segs
      ? segs.reduce((cur: unknown, s) => {
          // a computed key that is no string or number names no own member (and no storage key)
          const k = (isArr(s) ? readPath(scope, s) : s) as string;
          return isFn(cur)
            ? cur(String(k))
            : typeof cur === 'object' && cur && own(cur, k)
              ? (cur as Record<string, unknown>)[k]
              : undefined;
        }, base)
      : undefined,
  );
  return isFn(v) ? undefined : v;
}
