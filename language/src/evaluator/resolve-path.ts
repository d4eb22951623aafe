import { parsePath } from './parse-path';
import { readPath } from './read-path';
import { memo } from './util';

const paths = new Map<string, (string | number)[] | null>();

/**
 * Reads a dotted path (`goods.list[0].sku_id`) from the scope, as readPath does with its segments. For Node-side
 * callers; the runtime reads precompiled segments and carries no path parser. Never throws.
 */
export function resolvePath(scope: unknown, path: string): unknown {
  return readPath(scope, memo(paths, path, parsePath));
}
