import { isStr } from './util';

const NAME = '[^.[\\]\\s|{}:,\'"]+';
const VALID = new RegExp('^' + NAME + '(?:\\.' + NAME + '|\\[\\d+\\])*$');
const SEGMENT = new RegExp(NAME + '|\\[\\d+\\]', 'g');

/**
 * Splits a data path such as `goods.list[0].sku_id` into segments (`['goods', 'list', 0, 'sku_id']`).
 * Returns null when the path is malformed (empty segment, unclosed or non-numeric `[ ]`, blanks, quotes).
 * Indexes are numbers so callers can tell `a[0]` from `a.0`; resolution treats both the same.
 */
export function parsePath(path: string): (string | number)[] | null {
  if (!isStr(path) || !VALID.test(path)) return null;
  const segments = path.match(SEGMENT) || [];
  return segments.map((s) => (s.charAt(0) === '[' ? +s.slice(1, -1) : s));
}
