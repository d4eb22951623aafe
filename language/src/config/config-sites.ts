/** Untyped views of the document for checks that must survive any input (the structure pass may have failed). */
export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A rule with where it sits: `/pages/0/rules/1` or `/rules/3`. */
export interface RuleSite {
  rule: JsonObject;
  path: string;
}

/** A chan or user field rule with where it sits. */
export interface FieldSite {
  rule: JsonObject;
  path: string;
  list: 'chan' | 'user';
}

export function ruleSites(doc: unknown): RuleSite[] {
  const out: RuleSite[] = [];
  if (!isObject(doc)) return out;
  asArray(doc.pages).forEach((page, p) => {
    if (!isObject(page)) return;
    asArray(page.rules).forEach((rule, r) => {
      if (isObject(rule)) out.push({ rule, path: `/pages/${p}/rules/${r}` });
    });
  });
  asArray(doc.rules).forEach((rule, r) => {
    if (isObject(rule)) out.push({ rule, path: `/rules/${r}` });
  });
  return out;
}

export function fieldSites(doc: unknown): FieldSite[] {
  const out: FieldSite[] = [];
  if (!isObject(doc)) return out;
  for (const list of ['chan', 'user'] as const)
    asArray(doc[list]).forEach((rule, i) => {
      if (isObject(rule)) out.push({ rule, path: `/${list}/${i}`, list });
    });
  return out;
}
