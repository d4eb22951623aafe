import { CATALOG, SHARED_SCHEMAS, type YoushuEventName } from '@trackway/language';

/** One property of a Youshu behaviour as the rule form lists it. */
export interface EventProperty {
  /** Dotted path in the props mapping: `keyword`, `sku.sku_id`, `sub_orders.0.order_amt`. */
  path: string;
  /** How the PM reads it: the path, with `[0]` for the first item of a list (`sub_orders[0].order_amt`). */
  label: string;
  required: boolean;
  /** JSON Schema type (or `enum`), for the form's type tag. */
  type: string;
  /** "中文 / English" from the catalog schema. */
  description: string;
  /** The allowed values of an enum property (`append_to_cart`, …), offered as choices. */
  enumValues?: readonly string[];
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

const isPlain = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A list of objects (custom_order's `sub_orders`) opens its first item as rows when the mapping is empty or one
 * literal item; a list built by an expression (`$map`, a template) stays one row, edited as a whole.
 */
function opensFirstItem(s: Schema, value: unknown): boolean {
  const items = resolve(s.items as Schema | undefined);
  const n = Object.keys((items.properties ?? {}) as object).length;
  const literal = value === undefined || (Array.isArray(value) && value.length <= 1 && value.every(isPlain));
  return s.type === 'array' && items.type === 'object' && n > 0 && n <= 12 && literal;
}

/**
 * The behaviour's own properties from the catalog, one level of objects opened (`sku.sku_id`) and the first
 * item of a list of objects (`sub_orders.0.order_amt`) given `props`, the rule's mapping; other lists are mapped
 * as a whole; required first, then in schema order.
 */
export function eventProperties(event: string | undefined, props?: unknown): EventProperty[] {
  if (!event || !(event in CATALOG)) return [];
  const entry = CATALOG[event as YoushuEventName];
  const required = new Set(entry.requiredProps);
  const out: EventProperty[] = [];
  const row = (path: string, label: string, requiredKey: string, s: Schema) =>
    out.push({
      path,
      label,
      required: required.has(requiredKey),
      type: typeOf(s),
      description: String(s.description ?? ''),
      enumValues: Array.isArray(s.enum) ? s.enum.map(String) : undefined,
    });
  const own = (entry.schema.properties ?? {}) as Record<string, Schema>;
  for (const [name, raw] of Object.entries(own)) {
    if (COMMON.has(name)) continue;
    const s = resolve(raw);
    if (opensFirstItem(s, getMapped(props, name))) {
      const items = resolve(s.items as Schema);
      for (const [child, c] of Object.entries((items.properties ?? {}) as Record<string, Schema>))
        row(`${name}.0.${child}`, `${name}[0].${child}`, `${name}[].${child}`, resolve(c));
      continue;
    }
    const children = s.type === 'object' ? ((s.properties ?? {}) as Record<string, Schema>) : {};
    const childNames = Object.keys(children);
    if (childNames.length === 0 || childNames.length > 12) {
      row(name, name, name, s);
      continue;
    }
    for (const child of childNames)
      row(`${name}.${child}`, `${name}.${child}`, `${name}.${child}`, resolve(children[child]));
  }
  return [...out.filter((p) => p.required), ...out.filter((p) => !p.required)];
}

/** Reads a dotted path of a nested mapping. */
export function getMapped(props: unknown, path: string): unknown {
  let v: unknown = props;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/**
 * Sets (or, with undefined / '', removes) a dotted path of a nested mapping; a numeric key is a list index
 * (`sub_orders.0.order_amt`); emptied objects and lists are dropped.
 */
export function setMapped(props: Record<string, unknown> | undefined, path: string, value: unknown) {
  return setIn(props ?? {}, path.split('.'), value) as Record<string, unknown>;
}

type Container = Record<string, unknown> | unknown[];

function setIn(container: Container, [head, ...rest]: string[], value: unknown): Container {
  const next: Record<string, unknown> = Array.isArray(container) ? ([...container] as never) : { ...container };
  if (rest.length === 0) {
    if (value !== undefined && value !== '') next[head] = value;
    else if (Array.isArray(next)) next.splice(Number(head), 1);
    else delete next[head];
    return next;
  }
  const child = next[head];
  const fresh: Container = /^\d+$/.test(rest[0]) ? [] : {};
  const inner = setIn(child && typeof child === 'object' ? (child as Container) : fresh, rest, value);
  const empty = Array.isArray(inner)
    ? inner.every((v) => isPlain(v) && !Object.keys(v as object).length)
    : !Object.keys(inner).length;
  if (!empty) next[head] = inner;
  else if (Array.isArray(next)) next.splice(Number(head), 1);
  else delete next[head];
  return next;
}
