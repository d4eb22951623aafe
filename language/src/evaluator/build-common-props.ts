import { toNum } from './filters';
import { assign, empty, isObj, isStr, keysOf } from './util';

/** Turns dotted field names (`chan_custom.chan_custom_id`, `extra.x`) into nested objects; empty values dropped. */
export function nestFields(flat: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isObj(flat)) return out;
  for (const k of keysOf(flat)) {
    const v = flat[k];
    if (empty(v) || k.indexOf('__proto__') >= 0) continue;
    const dot = k.indexOf('.');
    if (dot < 0) out[k] = isObj(v) && isObj(out[k]) ? assign(out[k] as object, v) : v;
    else {
      const head = k.slice(0, dot);
      const inner = (isObj(out[head]) ? out[head] : (out[head] = {})) as Record<string, unknown>;
      inner[k.slice(dot + 1)] = v;
    }
  }
  return out;
}

/** `route?k=v&k2=v2` without a leading '/', and without '?' when there is no query (youshu-spec.md §1.3). */
export function pagePath(route: unknown, query: unknown): string {
  const r = isStr(route) ? route.replace(/^\/+/, '') : '';
  const q = isObj(query)
    ? keysOf(query)
        .filter((k) => query[k] !== undefined)
        .map((k) => k + '=' + (query[k] === null ? '' : String(query[k])))
        .join('&')
    : isStr(query)
      ? query.replace(/^\?/, '')
      : '';
  return q ? r + '?' + q : r;
}

export interface CommonPropsInput {
  route?: string;
  query?: unknown;
  title?: string;
  now: number;
  /** chan fields, flat (`chan_custom.chan_custom_id`) or nested. */
  chan?: unknown;
  user?: unknown;
  appid: string;
}

/**
 * The common properties of every event (youshu-spec.md §1.3): page, page_title ('未知' when unknown), time (ms),
 * chan with an integer chan_wxapp_scene, wx_user with app_id.
 */
export function buildCommonProps(input: CommonPropsInput): Record<string, unknown> {
  const i = isObj(input) ? (input as unknown as CommonPropsInput) : ({} as CommonPropsInput);
  const chan = nestFields(i.chan);
  const scene = toNum(chan.chan_wxapp_scene);
  if (scene === undefined) delete chan.chan_wxapp_scene;
  else chan.chan_wxapp_scene = Math.trunc(scene);
  return {
    page: pagePath(i.route, i.query),
    page_title: i.title || '未知',
    time: i.now,
    chan,
    wx_user: assign({ app_id: i.appid }, nestFields(i.user)),
  };
}

/**
 * The props of an emitted event: the common ones, overlaid by the rule's mapped props, except chan and wx_user,
 * which always come from the context (sr-sdk-wxapp overrides them the same way, youshu-spec.md §1.2).
 */
export function eventProps(common: Record<string, unknown>, mapped: Record<string, unknown>): Record<string, unknown> {
  return assign({}, common, mapped, { chan: common.chan, wx_user: common.wx_user });
}
