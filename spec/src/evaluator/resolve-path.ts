import { parsePath } from './parse-path';
import { memo, own } from './util';

const paths = new Map<string, (string | number)[] | null>();

/**
 * Reads a dotted path from the scope. Own properties of objects and arrays only (`data.constructor` is
 * undefined); a function on the way is a resolver and is called with the next segment. Never throws.
 */
export function resolvePath(scope: unknown, path: string): unknown {
  const segs = memo(paths, path, parsePath);
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
