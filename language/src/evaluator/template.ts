import { FILTERS } from './filters';
import { OPS } from './operators';
import { parsePath } from './parse-path';
import { scanTemplate } from './scan-template';

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

/**
 * Parses `text {{ path | filter | filter:arg, arg }} text` into literal parts and placeholders, for the validator
 * and tools (the runtime evaluates scanTemplate's compact form directly). Only syntax is checked; filter names
 * are checked against FILTER_NAMES by the validator, and unknown ones yield undefined when run.
 * `at` is the offset of the `{{` of the faulty placeholder: a bad path, a bad argument or an unclosed `{{`.
 */
export function parseTemplate(text: string): ParsedTemplate {
  const scanned = scanTemplate(text);
  if (typeof scanned === 'number') return { error: 'invalid placeholder', at: scanned };
  return {
    parts: scanned.map((p) =>
      typeof p === 'string' ? p : { path: p[0], filters: p[1].map(([name, args]) => ({ name, args })) },
    ),
  };
}
