import { FILTER_NAMES, SCOPE_ROOTS } from '@trackway/language';

/**
 * Completions for the text typed so far: inside an open `{{ … ` the scope roots, after a `|` the language's
 * filters; an empty input offers `{{root.` starters.
 */
export function exprCompletions(text: string): string[] {
  const open = text.lastIndexOf('{{');
  if (open < 0 || text.indexOf('}}', open) >= 0) return text ? [] : SCOPE_ROOTS.map((r) => `{{${r}.`);
  const inside = text.slice(open + 2);
  const bar = inside.lastIndexOf('|');
  if (bar >= 0) {
    const typed = inside.slice(bar + 1).trim();
    const head = text.slice(0, open + 2 + bar + 1);
    return FILTER_NAMES.filter((f) => f.startsWith(typed)).map((f) => `${head} ${f} }}`);
  }
  const typed = inside.trim();
  if (typed.includes('.')) return [];
  return SCOPE_ROOTS.filter((r) => r.startsWith(typed)).map((r) => `${text.slice(0, open)}{{${r}.`);
}
