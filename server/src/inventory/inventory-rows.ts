import type { CollectedEvent } from '../collector/report/collect-event';

/** The event type the runtime sends inventory items in (sdk-runtime/src/wechat/inventory.ts, ADR 011). */
export const INVENTORY_TYPE = 'trackway_inventory';

export const INVENTORY_KINDS = ['page', 'method', 'component', 'data', 'request', 'payment', 'expose'] as const;
export type InventoryKind = (typeof INVENTORY_KINDS)[number];

/** One merged key of the inventory as the store upserts it. */
export interface InventoryRow {
  kind: InventoryKind;
  route: string;
  name: string;
  sample: unknown;
  version: number | null;
  session: string | null;
}

// Longer routes, names and deeper data paths than these are not a mini-program's: they are dropped, not stored.
const MAX_TEXT = 300;
const MAX_DATA_DEPTH = 4;
const MAX_ROWS_PER_EVENT = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A setData key and its sample as data paths, the way a data trigger names them: `goods`, `goods.price`,
 * `goods.skus[0].id`. Lists stand for their first item ([0]). The runtime sends one item per setData key and the
 * server spreads it here, so the phone's code stays small (ADR 011).
 */
export function dataPaths(key: string, sample: unknown, depth = MAX_DATA_DEPTH): [string, unknown][] {
  const out: [string, unknown][] = [[key, sample]];
  if (depth <= 0) return out;
  if (Array.isArray(sample) && sample.length) out.push(...dataPaths(key + '[0]', sample[0], depth - 1));
  else if (isObject(sample))
    for (const [k, v] of Object.entries(sample))
      if (/^[A-Za-z_$][\w$]*$/.test(k)) out.push(...dataPaths(key + '.' + k, v, depth - 1));
  return out;
}

/**
 * A request's sample as the picker shows it: the status and the response body's top-level shape (key → JSON
 * type) beside the body itself. The runtime sends the wx.request result clipped and masked; the rest is here.
 */
export function requestSample(res: unknown): { status: unknown; shape: unknown; data: unknown } {
  const r = isObject(res) ? res : {};
  const data = r.data;
  const type = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  return {
    status: r.statusCode ?? null,
    shape: isObject(data) ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, type(v)])) : type(data),
    data: data ?? null,
  };
}

/**
 * The rows of an upload's inventory events: items `[kind, route, name, sample]`, malformed ones skipped (an
 * inventory is a hint for pickers; one bad item must not cost the rest). Keys repeated in the upload keep the
 * last sample, since one upsert statement cannot touch a row twice.
 */
export function inventoryRows(events: CollectedEvent[]): InventoryRow[] {
  const rows = new Map<string, InventoryRow>();
  for (const e of events) {
    const items = e.props.items;
    if (!Array.isArray(items)) continue;
    for (const item of items.slice(0, MAX_ROWS_PER_EVENT)) {
      if (!Array.isArray(item)) continue;
      const [kind, route, name, sample] = item as unknown[];
      if (!INVENTORY_KINDS.includes(kind as InventoryKind) || typeof route !== 'string' || typeof name !== 'string')
        continue;
      const pairs: [string, unknown][] =
        kind === 'data'
          ? dataPaths(name, sample)
          : kind === 'request'
            ? [[name.split(/[?#]/)[0], requestSample(sample)]]
            : [[name, sample]];
      for (const [n, s] of pairs) {
        if (route.length > MAX_TEXT || n.length > MAX_TEXT) continue;
        const row: InventoryRow = {
          kind: kind as InventoryKind,
          route,
          name: n,
          sample: s === undefined ? null : s,
          version: e.configVersion,
          session: e.debugSession,
        };
        rows.set(JSON.stringify([kind, route, n]), row);
      }
    }
  }
  return [...rows.values()];
}
