import { isArr, isObj } from '../core/language-api';
import { pages, type Obj } from './wx-globals';
import { routeOf } from './runtime-state';

/** The event type that carries inventory items to the collector (docs/adr/011-device-inventory.md). */
export const INVENTORY_TYPE = 'trackway_inventory';

/** Reports one thing seen in a debug session: kind, route ('' = the page on top), name, sample value. */
export type Inventory = (kind: string, route: string, name: string, sample?: unknown) => void;

// Values under these keys never leave the phone: a PM needs the key and its type, not the person's number.
const MASK = /phone|mobile|addr|token|openid|idcard|passw|cookie/i;
// A sample is for a picker and a preview: 4 levels, 2 items of a list, 20 keys, 64 characters. The server
// turns it into data paths and types (ADR 011); a sample of a big goods list stays around 1 KB.
export function clip(v: unknown, d = 4): unknown {
  if (typeof v === 'string') return v.slice(0, 64);
  if (isArr(v)) return d ? v.slice(0, 2).map((x) => clip(x, d - 1)) : [];
  if (!isObj(v)) return v;
  const o: Obj = {};
  if (d) for (const k of Object.keys(v).slice(0, 20)) o[k] = MASK.test(k) ? '***' : clip(v[k], d - 1);
  return o;
}

/**
 * Reports in a debug session: each (kind, route, name) once per launch, as a `trackway_inventory`
 * event that the reporter batches with the others (50 a POST); the merging is the server's.
 */
export function createInventory(send: (item: unknown[]) => void): Inventory {
  const seen: Record<string, 1> = {};
  return (kind, route, name, sample) => {
    route = route || routeOf(pages().slice(-1)[0]);
    // kinds are distinct words and routes start with a letter: the key needs no separator after the kind
    const key = kind + route + ' ' + name;
    if (!seen[key]) send([kind, route, name, clip(sample)]);
    seen[key] = 1;
  };
}

/** Each key of a setData patch with its value (WeChat refuses a patch that is not an object). */
export function inventoryData(inv: Inventory, route: string, patch: Obj): void {
  for (const k in patch) inv('data', route, k, MASK.test(k) ? '***' : patch[k]);
}
