import { isStr } from './util';

/**
 * Compiles a route or URL pattern to an anchored RegExp, or null when the pattern is invalid.
 * `*` matches any characters but '/', `**` matches anything; every other character is literal.
 * - route: `pages/goods/*` (no leading '/', no query, no blanks).
 * - url: the query string (and fragment) of the tested URL is ignored unless the pattern itself has a '?'.
 */
export function compilePattern(pattern: string, kind: 'route' | 'url'): RegExp | null {
  if (!isStr(pattern) || !pattern || /\s|\*\*\*/.test(pattern)) return null;
  if (kind === 'route' && /^\/|[?#]/.test(pattern)) return null;
  const body = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((lit) => lit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  const tail = kind === 'url' && pattern.indexOf('?') < 0 ? '(?:[?#].*)?' : '';
  return new RegExp('^' + body + tail + '$');
}
