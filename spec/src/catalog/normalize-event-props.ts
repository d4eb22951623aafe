/**
 * Fixes what Youshu's own SDK and docs fix before sending (youshu-spec.md §1.3, §1.5, §3). The mini-program
 * runtime bundles this file: ES2017 syntax only (no object spread, ?., ??), no ajv or JSON imports, never throws.
 *
 * - sku/spu fallback on the goods behaviours: a missing sku_id/sku_name is copied from spu_id/spu_name and back;
 * - chan.chan_wxapp_scene (also sub_orders[].chan in custom_order) given as a numeric string → integer;
 * - page and refer_page lose their leading '/';
 * - stay_time above 4 h (14,400,000 ms) → 0, as sr-sdk-wxapp does;
 * - sale.original_price / sale.current_price given as numeric strings → numbers;
 * - time given as a 13-digit string → number.
 * The input is never modified; changed objects are copied.
 */
import { SKU_SPU_FALLBACK_EVENTS, SKU_SPU_FALLBACK_FIELDS } from './sku-spu-fallback';

/** sr-sdk-wxapp reports stay_time 0 for a page shown longer than 4 h. */
export const MAX_STAY_TIME_MS = 4 * 60 * 60 * 1000;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copy(value: Obj): Obj {
  return Object.assign({}, value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

const INTEGER_STRING = /^\s*[0-9]+\s*$/;
const DECIMAL_STRING = /^\s*-?[0-9]+(\.[0-9]+)?\s*$/;

function normalizeChan(chan: unknown): unknown {
  if (!isObject(chan)) return chan;
  const scene = chan.chan_wxapp_scene;
  if (typeof scene !== 'string' || !INTEGER_STRING.test(scene)) return chan;
  const out = copy(chan);
  out.chan_wxapp_scene = parseInt(scene, 10);
  return out;
}

function normalizeSale(sale: unknown): unknown {
  if (!isObject(sale)) return sale;
  let out: Obj | undefined;
  ['original_price', 'current_price'].forEach((field) => {
    const price = sale[field];
    if (typeof price === 'string' && DECIMAL_STRING.test(price)) {
      out = out || copy(sale);
      out[field] = Number(price);
    }
  });
  return out || sale;
}

/** Fills each empty sku field from its spu partner and back; only when the partner has a value. */
function applySkuSpuFallback(props: Obj): void {
  let sku = isObject(props.sku) ? props.sku : undefined;
  let spu = isObject(props.spu) ? props.spu : undefined;
  // A non-object sku/spu is left alone for the validator to report.
  if ((props.sku !== undefined && !sku) || (props.spu !== undefined && !spu)) return;
  SKU_SPU_FALLBACK_FIELDS.forEach((pair) => {
    const skuField = pair[0];
    const spuField = pair[1];
    const skuValue = sku ? sku[skuField] : undefined;
    const spuValue = spu ? spu[spuField] : undefined;
    if (isEmpty(skuValue) && !isEmpty(spuValue)) {
      sku = sku ? copy(sku) : {};
      sku[skuField] = spuValue;
    } else if (isEmpty(spuValue) && !isEmpty(skuValue)) {
      spu = spu ? copy(spu) : {};
      spu[spuField] = skuValue;
    }
  });
  if (sku) props.sku = sku;
  if (spu) props.spu = spu;
}

function normalizeUnsafe(type: string, input: Obj): Obj {
  const props = copy(input);
  if (typeof props.page === 'string') props.page = props.page.replace(/^\/+/, '');
  if (typeof props.refer_page === 'string') props.refer_page = props.refer_page.replace(/^\/+/, '');
  if (typeof props.time === 'string' && /^[0-9]{13}$/.test(props.time)) props.time = Number(props.time);
  if (typeof props.stay_time === 'number' && props.stay_time > MAX_STAY_TIME_MS) props.stay_time = 0;
  if ('chan' in props) props.chan = normalizeChan(props.chan);
  if ('sale' in props) props.sale = normalizeSale(props.sale);
  if (SKU_SPU_FALLBACK_EVENTS.indexOf(type as (typeof SKU_SPU_FALLBACK_EVENTS)[number]) >= 0) {
    applySkuSpuFallback(props);
  }
  if (type === 'custom_order' && Array.isArray(props.sub_orders)) {
    props.sub_orders = props.sub_orders.map((sub: unknown) => {
      if (!isObject(sub) || !('chan' in sub)) return sub;
      const out = copy(sub);
      out.chan = normalizeChan(sub.chan);
      return out;
    });
  }
  return props;
}

/** Returns normalized props (a copy) for event `type`; anything that is not an object is returned unchanged. */
export function normalizeEventProps<T>(type: string, props: T): T {
  if (!isObject(props)) return props;
  try {
    return normalizeUnsafe(type, props) as T;
    // ES2017 has no optional catch binding, so the binding stays although it is unused.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
  } catch (_error) {
    // Getters or proxies in host objects can throw; reporting the event unchanged beats breaking the host.
    return props;
  }
}
