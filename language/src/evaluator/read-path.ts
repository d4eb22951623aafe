import { attempt, isFn, own } from './util';

/** A path split into segments by parsePath (`goods.list[0]` → `['goods', 'list', 0]`); null when malformed. */
export type PathSegments = (string | number)[] | null;

/**
 * Reads a path, given as its segments, from the scope. Own properties of objects and arrays only
 * (`data.constructor` is undefined); a function on the way is a resolver and is called with the next segment.
 * A malformed path (null) reads undefined. Never throws.
 */
export function readPath(scope: unknown, segs: PathSegments): unknown {
  // once undefined, every later segment reads undefined too; a resolver or getter that throws reads undefined
  const v = attempt(() =>
    segs
      ? segs.reduce(
          (cur: unknown, k) =>
            isFn(cur)
              ? cur(String(k))
              : typeof cur === 'object' && cur && own(cur, k)
                ? (cur as Record<string, unknown>)[k]
                : undefined,
          scope,
        )
      : undefined,
  );
  return isFn(v) ? undefined : v;
}
