import { parsePath } from './parse-path';

export { parsePath };

/** Filters usable in templates and as `$<filter>` operators (config-types.ts FilterName). */
export const FILTER_NAMES: readonly string[] = [
  'num', 'int', 'str', 'bool', 'yuan', 'fen', 'default', 'len', 'first', 'last', 'lower', 'upper',
  'trim', 'json', 'parse', 'ms', 'round', 'split', 'join', 'keys', 'values',
];

/** Every accepted `$` key: the operators of config-types.ts Operator, then each filter as `$<filter>`. */
export const OPERATOR_NAMES: readonly string[] = [
  '$ref', '$const', '$coalesce', '$concat', '$if', '$map', '$find', '$filter', '$sum', '$lookup',
  '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$match', '$exists', '$and', '$or', '$not',
].concat(FILTER_NAMES.map((f) => '$' + f));

export interface TemplateFilter {
  name: string;
  args: unknown[];
}
export interface TemplatePlaceholder {
  path: string;
  filters: TemplateFilter[];
}
export type ParsedTemplate = { parts: (string | TemplatePlaceholder)[] } | { error: string; at: number };

// Placeholder tokens: a quoted string, a word (path, filter name, number, true/false/null) or one of `| : ,`.
const TOKEN = /\s*(?:('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|([^\s|:,'"{}]+)|([|:,]))/y;

function literal(word: string): unknown {
  if (word === 'true') return true;
  if (word === 'false') return false;
  if (word === 'null') return null;
  const n = Number(word);
  return word !== '' && isFinite(n) ? n : undefined;
}

/**
 * Parses `text {{ path | filter | filter:arg, arg }} text` into literal parts and placeholders.
 * Filter args are numbers, 'single' or "double" quoted strings, true, false or null. Only syntax is checked;
 * filter names are checked against FILTER_NAMES by the validator, and unknown ones yield undefined when run.
 * `at` is the character offset of the problem in `text`.
 */
export function parseTemplate(text: string): ParsedTemplate {
  const parts: (string | TemplatePlaceholder)[] = [];
  let pos = 0;
  for (;;) {
    const open = text.indexOf('{{', pos);
    if (open < 0) {
      if (pos < text.length) parts.push(text.slice(pos));
      return { parts };
    }
    if (open > pos) parts.push(text.slice(pos, open));
    const close = closingBraces(text, open + 2);
    if (close < 0) return { error: 'unclosed {{', at: open };
    const ph = parsePlaceholder(text, open + 2, close);
    if ('error' in ph) return ph;
    parts.push(ph);
    pos = close + 2;
  }
}

/** Offset of the `}}` closing a placeholder, skipping quoted strings; -1 when there is none. */
function closingBraces(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '}' && text.charAt(i + 1) === '}') return i;
    else if (c === '{' && text.charAt(i + 1) === '{') return -1;
  }
  return -1;
}

function parsePlaceholder(text: string, start: number, end: number): TemplatePlaceholder | { error: string; at: number } {
  const tokens: { q?: string; w?: string; p?: string; at: number }[] = [];
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  TOKEN.lastIndex = start;
  while (TOKEN.lastIndex < end) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || m.index !== at) return { error: 'unexpected character', at };
    if (TOKEN.lastIndex > end) return { error: 'unexpected character', at };
    if (m[1] || m[2] || m[3]) tokens.push({ q: m[1], w: m[2], p: m[3], at: TOKEN.lastIndex - (m[1] || m[2] || m[3]).length });
  }
  let i = 0;
  const first = tokens[i++];
  if (!first || !first.w || !parsePath(first.w)) return { error: 'expected a path', at: first ? first.at : start };
  const filters: TemplateFilter[] = [];
  while (i < tokens.length) {
    if (tokens[i].p !== '|') return { error: 'expected |', at: tokens[i].at };
    const name = tokens[++i];
    if (!name || !name.w || !/^[a-z]\w*$/i.test(name.w)) return { error: 'expected a filter name', at: name ? name.at : end };
    const filter: TemplateFilter = { name: name.w, args: [] };
    i++;
    if (tokens[i] && tokens[i].p === ':') {
      do {
        const arg = tokens[++i];
        if (!arg) return { error: 'expected an argument', at: end };
        const value = arg.q !== undefined ? unquote(arg.q) : arg.w !== undefined ? literal(arg.w) : undefined;
        if (value === undefined) return { error: 'expected a number, a quoted string, true, false or null', at: arg.at };
        filter.args.push(value);
        i++;
      } while (tokens[i] && tokens[i].p === ',');
    }
    filters.push(filter);
  }
  return { path: first.w, filters };
}

function unquote(q: string): string {
  return q.slice(1, -1).replace(/\\(.)/g, '$1');
}
