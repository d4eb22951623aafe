import { parsePath } from './parse-path';
import { own } from './util';

// A config holds a bounded set of paths and a page's rules run on every trigger, so each is parsed once per run.
const paths = new Map<string, (string | number)[] | null>();

/**
 * Reads a dotted path from the scope. Own properties of objects and arrays only (`data.constructor` is
 * undefined); a function on the way is a resolver and is called with the next segment. Never throws.
 */
export function resolvePath(scope: unknown, path: string): unknown {
  let segs = paths.get(path);
  if (segs === undefined) paths.set(path, (segs = parsePath(path)));
  let cur = segs ? scope : undefined;
  for (const k of segs || []) {
    try {
      cur = typeof cur === 'function' ? cur(String(k)) : typeof cur === 'object' && cur && own(cur, k) ? (cur as Record<string, unknown>)[k] : undefined;
    } catch {
      return undefined;
    }
  }
  return typeof cur === 'function' ? undefined : cur;
}
