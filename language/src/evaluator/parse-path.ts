import { isStr } from './util';

/** A segment of a path: a member name, an index, or a computed key (the segments of a path read from the scope). */
export type PathSegment = string | number | (string | number)[];

const NAME = '[^.[\\]\\s|{}:,\'"]+';
// a path without computed keys: what a computed key `[…]` holds
const PLAIN = NAME + '(?:\\.' + NAME + '|\\[\\d+\\])*';
const VALID = new RegExp('^' + NAME + '(?:\\.' + NAME + '|\\[\\d+\\]|\\[' + PLAIN + '\\])*$');
const SEGMENT = new RegExp(NAME + '|\\[\\d+\\]|\\[' + PLAIN + '\\]', 'g');

/**
 * Splits a data path such as `goods.list[0].sku_id` into segments (`['goods', 'list', 0, 'sku_id']`).
 * A computed key `[event.dataset.index]` (a path from the scope root, itself without computed keys) becomes the
 * segments of that path: `data.cartGoods[event.dataset.index]` → `['data', 'cartGoods', ['event', 'dataset', 'index']]`.
 * Returns null when the path is malformed (empty segment, unclosed `[ ]`, blanks, quotes).
 * Indexes are numbers so callers can tell `a[0]` from `a.0`; resolution treats both the same.
 */
export function parsePath(path: string): PathSegment[] | null {
  if (!isStr(path) || !VALID.test(path)) return null;
  const segments = path.match(SEGMENT) || [];
  return segments.map((s) => {
    if (s.charAt(0) !== '[') return s;
    const inner = s.slice(1, -1);
    return /^\d+$/.test(inner) ? +inner : (parsePath(inner) as (string | number)[]);
  });
}
