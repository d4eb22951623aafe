import { EVENT_SCHEMAS, SHARED_SCHEMAS } from '../catalog/schema-registry';
import type { JsonObject } from './config-sites';
import { isObject } from './config-sites';

type Schema = JsonObject;

/** A schema with where it came from, so its relative `$ref`s can be resolved. */
export interface Located {
  schema: Schema;
  base: string;
}

let byId: Map<string, Schema> | undefined;

function registry(): Map<string, Schema> {
  if (!byId) {
    byId = new Map();
    for (const s of [...SHARED_SCHEMAS, ...Object.values(EVENT_SCHEMAS)])
      if (typeof s.$id === 'string') byId.set(s.$id, s as Schema);
  }
  return byId;
}

/** The event's own schema, or undefined for an unknown event. */
export function eventSchema(event: string): Located[] | undefined {
  if (!Object.prototype.hasOwnProperty.call(EVENT_SCHEMAS, event)) return undefined;
  const s = EVENT_SCHEMAS[event as keyof typeof EVENT_SCHEMAS] as Schema;
  return expand({ schema: s, base: String(s.$id) });
}

/** A schema plus everything its `$ref` chain points to (draft 2020-12: `$ref` applies next to siblings). */
export function expand(at: Located, depth = 0): Located[] {
  const out = [at];
  const ref = at.schema.$ref;
  if (typeof ref !== 'string' || depth > 8) return out;
  const target = resolve(ref, at.base);
  return target ? out.concat(expand(target, depth + 1)) : out;
}

function resolve(ref: string, base: string): Located | undefined {
  let url: URL;
  try {
    url = new URL(ref, base);
  } catch {
    return undefined;
  }
  const docId = url.href.split('#')[0];
  let node: unknown = registry().get(docId);
  for (const seg of url.hash.replace(/^#\/?/, '').split('/').filter(Boolean))
    node = isObject(node) ? node[decodeURIComponent(seg)] : undefined;
  return isObject(node) ? { schema: node, base: docId } : undefined;
}

/** The schemas of property `key` of an object described by `schemas`. */
export function propertySchemas(schemas: Located[], key: string): Located[] {
  const out: Located[] = [];
  for (const { schema, base } of schemas) {
    const props = schema.properties;
    if (isObject(props) && isObject(props[key])) out.push(...expand({ schema: props[key] as Schema, base }));
  }
  return out;
}

/** The schemas of the elements of an array described by `schemas`. */
export function itemSchemas(schemas: Located[]): Located[] {
  const out: Located[] = [];
  for (const { schema, base } of schemas)
    if (isObject(schema.items)) out.push(...expand({ schema: schema.items, base }));
  return out;
}
