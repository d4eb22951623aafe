import type { Adapter, HttpResponse } from '../core/adapter';
import { attempt } from '../core/language-api';
import type { AnyFn, Obj } from './wx-globals';

// wx.request's own default is 60 s; the runtime gives up sooner so a hanging config call ends the first-launch hold.
const TIMEOUT_MS = 10000;

/**
 * The core's adapter over `wx`. `request` is the original wx.request, taken before the runtime wraps it, so the
 * runtime's own calls never match request rules or get chan propagated.
 */
export function createWxAdapter(w: Obj, request: AnyFn): Adapter {
  return {
    req_: (url, method, data, header) =>
      new Promise<HttpResponse>((resolve, reject) =>
        request.call(w, { url, method, data, header, timeout: TIMEOUT_MS, success: resolve, fail: reject }),
      ),
    get_(key) {
      const v = attempt(() => w.getStorageSync(key));
      return v === '' ? undefined : v;
    },
    set_: (key, value) => !!attempt(() => (w.setStorageSync(key, value), true)),
    now_: () => Date.now(),
    timer_(fn, ms) {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    log_: (...args) => console.log(...args),
  };
}
