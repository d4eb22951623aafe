import { isArr, isObj, isStr } from './util';

// [where, what each element needs]: a light check of the arrays the runtime walks.
function items(v: unknown, at: string, ok: (x: Record<string, unknown>) => unknown): string | null {
  if (v === undefined) return null;
  if (!isArr(v)) return at + ' is not an array';
  for (let i = 0; i < v.length; i++) if (!isObj(v[i]) || !ok(v[i])) return at + '[' + i + '] is malformed';
  return null;
}

const rule = (r: Record<string, unknown>) => isStr(r.id) && isObj(r.trigger) && isStr(r.trigger.kind);
const field = (f: Record<string, unknown>) => isStr(f.field) && isArr(f.sources);

/**
 * A light structural check of a downloaded config before the runtime trusts it (the server validated it fully
 * at publish; this catches truncation and documents of another format). null when usable, else a short reason.
 */
export function checkConfigShape(doc: unknown): string | null {
  if (!isObj(doc)) return 'config is not an object';
  if (doc.schemaVersion !== 1) return 'schemaVersion is not 1';
  for (const k of ['settings', 'presets', 'variables']) if (doc[k] !== undefined && !isObj(doc[k])) return k + ' is not an object';
  let bad: string | null = null;
  items(doc.pages, 'pages', (p) => isStr(p.route) && !(bad = items(p.rules, 'pages.rules', rule)));
  return (
    bad ||
    items(doc.pages, 'pages', (p) => isStr(p.route)) ||
    items(doc.rules, 'rules', rule) ||
    items(doc.chan, 'chan', field) ||
    items(doc.user, 'user', field)
  );
}
