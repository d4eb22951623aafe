import { parsePath } from './parse-path';

/** A filter of a placeholder: its name and arguments. */
export type ScannedFilter = [name: string, args: unknown[]];
/** A literal piece of text, or a placeholder: its path and filters. */
export type ScannedPart = string | [path: string, filters: ScannedFilter[]];

const ARG = `'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*"|[^\\s|:,'"{}]+`;
const FILTER = `\\|\\s*([a-zA-Z]\\w*)((?:\\s*[:,]\\s*(?:${ARG}))*)\\s*`;
// {{ path | name:arg, arg | name }} — one regex, so the runtime carries no hand-written tokenizer
const PLACEHOLDER = new RegExp(`\\{\\{\\s*([^\\s|:,'"{}]+)\\s*((?:${FILTER})*)\\}\\}`, 'g');
const FILTERS_RE = new RegExp(FILTER, 'g');
const ARGS_RE = new RegExp(ARG, 'g');

function literal(word: string): unknown {
  const n = +word;
  return /^['"]/.test(word)
    ? word.slice(1, -1).replace(/\\(.)/g, '$1')
    : /^(true|false|null)$/.test(word)
      ? JSON.parse(word)
      : isFinite(n)
        ? n
        : undefined;
}

/**
 * The one tokenizer of templates, shared by the runtime (evaluate) and the validator (parseTemplate, which adds
 * the error text): `text {{ path | filter | filter:arg, arg }} text` split into literal parts and placeholders,
 * or, when a placeholder is malformed, the offset of its `{{` (a number, so the runtime carries no messages).
 * Filter args are numbers, 'single' or "double" quoted strings, true, false or null.
 */
export function scanTemplate(text: string): ScannedPart[] | number {
  const parts: ScannedPart[] = [];
  let pos = 0;
  let m: RegExpExecArray | null;
  // pushes the literal text up to `end`; the offset of a `{{` no placeholder took, or -1
  const lit = (end: number) => {
    const open = text.indexOf('{{', pos);
    if (end > pos) parts.push(text.slice(pos, end));
    return open < end ? open : -1;
  };
  PLACEHOLDER.lastIndex = 0;
  while ((m = PLACEHOLDER.exec(text))) {
    const bad = lit(m.index);
    if (bad >= 0) return bad;
    const filters: ScannedFilter[] = [];
    let f: RegExpExecArray | null;
    FILTERS_RE.lastIndex = 0;
    while ((f = FILTERS_RE.exec(m[2]))) filters.push([f[1], (f[2].match(ARGS_RE) || []).map(literal)]);
    if (!parsePath(m[1]) || filters.some((x) => x[1].indexOf(undefined) >= 0)) return m.index;
    parts.push([m[1], filters]);
    pos = PLACEHOLDER.lastIndex;
  }
  const bad = lit(text.length);
  return bad < 0 ? parts : bad;
}
