/**
 * Fixes what Youshu's own SDK and docs fix before sending (youshu-spec.md §1.3, §1.5, §3). The mini-program
 * runtime bundles this file (normalizeWireProps: the first two fixes below; precompileConfig writes the others into
 * each props mapping, docs/adr/009): ES2017 syntax only (no object spread, ?., ??), no ajv or JSON imports, never
 * throws.
 *
 * - chan.chan_wxapp_scene (also sub_orders[].chan in custom_order) given as a numeric string → integer;
 * - page and refer_page lose their leading '/';
 * - sku/spu fallback on the goods behaviours: a missing sku_id/sku_name is copied from spu_id/spu_name and back;
 * - stay_time above 4 h (14,400,000 ms) → 0, as sr-sdk-wxapp does;
 * - sale.original_price / sale.current_price given as numeric strings → numbers;
 * - time given as a 13-digit string → number.
 * The input is never modified; changed objects are copied.
 */
import { assign, attempt, empty, isArr, isObj, isStr } from '../evaluator/util';
import { SKU_SPU_FALLBACK_EVENTS, SKU_SPU_FALLBACK_FIELDS } from './sku-spu-fallback';

/** sr-sdk-wxapp reports stay_time 0 for a page shown longer than 4 h. */
export const MAX_STAY_TIME_MS = 4 * 60 * 60 * 1000;

type Obj = Record<string, unknown>;

/** A copy of `o` with each of `keys` that holds a string matching `re` turned into a number; `o` when none does. */
function toNumbers(o: unknown, keys: string[], re: RegExp): unknown {
  if (!isObj(o)) return o;
  let out: Obj | undefined;
  for (const k of keys) {
    const v = o[k];
    if (isStr(v) && re.test(v)) (out = out || assign({}, o))[k] = +v;
  }
  return out || o;
}

const normalizeChan = (chan: unknown) => toNumbers(chan, ['chan_wxapp_scene'], /^\s*\d+\s*$/);

/** Fills each empty sku field from its spu partner and back; only when the partner has a value. */
function applySkuSpuFallback(props: Obj): void {
  let sku = props.sku as Obj | undefined;
  let spu = props.spu as Obj | undefined;
  // A non-object sku/spu is left alone for the validator to report.
  if ((sku !== undefined && !isObj(sku)) || (spu !== undefined && !isObj(spu))) return;
  for (const [skuField, spuField] of SKU_SPU_FALLBACK_FIELDS) {
    const skuValue = sku && sku[skuField];
    const spuValue = spu && spu[spuField];
    if (empty(skuValue) && !empty(spuValue)) (sku = assign({}, sku))[skuField] = spuValue;
    else if (empty(spuValue) && !empty(skuValue)) (spu = assign({}, spu))[spuField] = skuValue;
  }
  if (sku) props.sku = sku;
  if (spu) props.spu = spu;
}

// The top-level chan is left to normalizeEventProps: the runtime's events always carry the context's chan, whose
// chan_wxapp_scene buildCommonProps already made an integer (eventProps), so the bundle skips that copy.
function normalizeUnsafe(type: string, input: Obj): Obj {
  const props = assign({}, input);
  for (const k of ['page', 'refer_page']) {
    const v = props[k];
    if (isStr(v)) props[k] = v.replace(/^\/+/, '');
  }
  if (type === 'custom_order' && isArr(props.sub_orders)) {
    props.sub_orders = props.sub_orders.map((sub: unknown) =>
      isObj(sub) && 'chan' in sub ? assign({}, sub, { chan: normalizeChan(sub.chan) }) : sub,
    );
  }
  return props;
}

/** Returns normalized props (a copy) for event `type`; anything that is not an object is returned unchanged. */
export function normalizeEventProps<T>(type: string, props: T): T {
  const out = normalizeWireProps(type, props);
  return (
    (isObj(out) &&
      (attempt(() => {
        const filled: Obj = assign({}, out);
        if ('chan' in filled) filled.chan = normalizeChan(filled.chan);
        fixMapped(filled);
        if (SKU_SPU_FALLBACK_EVENTS.indexOf(type as (typeof SKU_SPU_FALLBACK_EVENTS)[number]) >= 0)
          applySkuSpuFallback(filled);
        return filled;
      }) as T)) ||
    out
  );
}

/** What precompileConfig writes into each props mapping (mappedProps), applied here to props as they are. */
function fixMapped(props: Obj): void {
  if (isStr(props.time) && /^\d{13}$/.test(props.time)) props.time = +props.time;
  if (typeof props.stay_time === 'number' && props.stay_time > MAX_STAY_TIME_MS) props.stay_time = 0;
  if ('sale' in props) props.sale = toNumbers(props.sale, ['original_price', 'current_price'], /^\s*-?\d+(\.\d+)?\s*$/);
}

/**
 * normalizeEventProps without the sku/spu fallback, for the mini-program runtime: precompileConfig writes the
 * fallback into the props mapping of each goods rule (mappedProps), so the bundle carries none of it.
 */
export function normalizeWireProps<T>(type: string, props: T): T {
  // Getters or proxies in host objects can throw; reporting the event unchanged beats breaking the host.
  return isObj(props) ? (attempt(() => normalizeUnsafe(type, props)) as T) || props : props;
}
