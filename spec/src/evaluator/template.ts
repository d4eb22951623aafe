import { FILTERS } from './filters';
import { OPS } from './operators';
import { parsePath } from './parse-path';

export { parsePath };

/** Filters usable in templates and as `$<filter>` operators (config-types.ts FilterName). */
export const FILTER_NAMES: readonly string[] = /* @__PURE__ */ Object.keys(FILTERS);

/** Every accepted `$` key: the operators of config-types.ts Operator, then each filter as `$<filter>`. */
export const OPERATOR_NAMES: readonly string[] = /* @__PURE__ */ Object.keys(OPS)
  .concat(FILTER_NAMES)
  .map((k) => '$' + k);

export interface TemplateFilter {
  name: string;
  args: unknown[];
}
export interface TemplatePlaceholder {
  path: string;
  filters: TemplateFilter[];
}
export type ParsedTemplate = { parts: (string | TemplatePlaceholder)[] } | { error: string; at: number };

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
 * Parses `text {{ path | filter | filter:arg, arg }} text` into literal parts and placeholders.
 * Filter args are numbers, 'single' or "double" quoted strings, true, false or null. Only syntax is checked;
 * filter names are checked against FILTER_NAMES by the validator, and unknown ones yield undefined when run.
 * `at` is the offset of the `{{` of the faulty placeholder.
 */
export function parseTemplate(text: string): ParsedTemplate {
  const parts: (string | TemplatePlaceholder)[] = [];
  let pos = 0;
  let m: RegExpExecArray | null;
  PLACEHOLDER.lastIndex = 0;
  const lit = (end: number) => {
    const open = text.indexOf('{{', pos);
    if (open >= 0 && open < end) return open;
    if (end > pos) parts.push(text.slice(pos, end));
    return -1;
  };
  while ((m = PLACEHOLDER.exec(text))) {
    const bad = lit(m.index);
    if (bad >= 0) return { error: 'invalid placeholder', at: bad };
    if (!parsePath(m[1])) return { error: 'invalid path ' + m[1], at: m.index };
    const filters: TemplateFilter[] = [];
    FILTERS_RE.lastIndex = 0;
    let f: RegExpExecArray | null;
    while ((f = FILTERS_RE.exec(m[2]))) {
      const args = (f[2].match(ARGS_RE) || []).map(literal);
      if (args.indexOf(undefined) >= 0) return { error: 'invalid argument of ' + f[1], at: m.index };
      filters.push({ name: f[1], args });
    }
    parts.push({ path: m[1], filters });
    pos = PLACEHOLDER.lastIndex;
  }
  const bad = lit(text.length);
  return bad >= 0 ? { error: 'invalid placeholder', at: bad } : { parts };
}
