import { CATALOG, SHARED_SCHEMAS, type YoushuEventName } from '@trackway/language';

/** One property of a Youshu behaviour as the rule form lists it. */
export interface EventProperty {
  /** Dotted path in the props mapping: `keyword`, `sku.sku_id`. */
  path: string;
  required: boolean;
  /** JSON Schema type (or `enum`), for the form's type tag. */
  type: string;
  /** "中文 / English" from the catalog schema. */
  description: string;
}

type Schema = Record<string, unknown>;

// The catalog's own properties are what a rule maps; the runtime fills these common ones.
const COMMON = new Set(['page', 'page_title', 'time', 'wx_user', 'chan']);

/** Follows `$ref` (`../goods.schema.json#/$defs/sku`) into the shared catalog schemas, keeping sibling keys. */
function resolve(schema: Schema | undefined, seen = 0): Schema {
  if (!schema || typeof schema.$ref !== 'string' || seen > 4) return schema ?? {};
  const [file, pointer = ''] = schema.$ref.split('#');
  const doc = SHARED_SCHEMAS.find((d) => file && String(d.$id ?? '').endsWith(file.replace(/^\.\.\//, '')));
  let target: unknown = doc;
  for (const key of pointer.split('/').filter(Boolean)) target = (target as Schema | undefined)?.[key];
  const { $ref: _ref, ...rest } = schema;
  return { ...resolve(target as Schema, seen + 1), ...rest };
}

function typeOf(s: Schema): string {
  if (Array.isArray(s.enum)) return 'enum';
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type.join('|');
  return 'any';
}

/**
 * The behaviour's own properties from the catalog, one level of objects opened (`sku.sku_id`), arrays mapped
 * as a whole; required first, then in schema order.
 */
export function eventProperties(event: string | undefined): EventProperty[] {
  if (!event || !(event in CATALOG)) return [];
  const entry = CATALOG[event as YoushuEventName];
  const required = new Set(entry.requiredProps);
  const out: EventProperty[] = [];
  const props = (entry.schema.properties ?? {}) as Record<string, Schema>;
  for (const [name, raw] of Object.entries(props)) {
    if (COMMON.has(name)) continue;
    const s = resolve(raw);
    const children = s.type === 'object' ? ((s.properties ?? {}) as Record<string, Schema>) : {};
    const childNames = Object.keys(children);
    if (childNames.length === 0 || childNames.length > 12) {
      out.push({ path: name, required: required.has(name), type: typeOf(s), description: String(s.description ?? '') });
      continue;
    }
    for (const child of childNames) {
      const c = resolve(children[child]);
      const path = `${name}.${child}`;
      out.push({ path, required: required.has(path), type: typeOf(c), description: String(c.description ?? '') });
    }
  }
  return [...out.filter((p) => p.required), ...out.filter((p) => !p.required)];
}

/** Reads a dotted path of a nested mapping. */
export function getMapped(props: unknown, path: string): unknown {
  let v: unknown = props;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** Sets (or, with undefined / '', removes) a dotted path of a nested mapping; empty objects are dropped. */
export function setMapped(props: Record<string, unknown> | undefined, path: string, value: unknown) {
  const [head, ...rest] = path.split('.');
  const next: Record<string, unknown> = { ...(props ?? {}) };
  if (rest.length === 0) {
    if (value === undefined || value === '') delete next[head];
    else next[head] = value;
  } else {
    const child = next[head];
    const inner = setMapped(
      child && typeof child === 'object' ? (child as Record<string, unknown>) : {},
      rest.join('.'),
      value,
    );
    if (Object.keys(inner).length === 0) delete next[head];
    else next[head] = inner;
  }
  return next;
}
