import type { Adapter, HttpResponse } from '../core/adapter';
import type { AnyFn, Obj } from './wx-globals';

// wx.request's own default is 60 s; the runtime gives up sooner so a hanging config call ends the first-launch hold.
const TIMEOUT_MS = 10000;

/**
 * The core's adapter over `wx`. `request` is the original wx.request, taken before the runtime wraps it, so the
 * runtime's own calls never match request rules or get chan propagated.
 */
export function createWxAdapter(w: Obj, request: AnyFn): Adapter {
  return {
    request(req) {
      return new Promise<HttpResponse>((resolve, reject) => {
        request.call(w, {
          url: req.url,
          method: req.method,
          data: req.data,
          header: req.header,
          timeout: TIMEOUT_MS,
          success: (res: Obj) => resolve({ statusCode: res.statusCode, data: res.data, header: res.header }),
          fail: reject,
        });
      });
    },
    getItem(key) {
      try {
        const v = w.getStorageSync(key);
        return v === '' ? undefined : v;
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
      } catch (_) {
        return undefined;
      }
    },
    setItem(key, value) {
      try {
        w.setStorageSync(key, value);
        return true;
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
      } catch (_) {
        return false;
      }
    },
    removeItem(key) {
      try {
        w.removeStorageSync(key);
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
      } catch (_) {
        // nothing to undo
      }
    },
    now: () => Date.now(),
    timer(fn, ms) {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    log(...args) {
      console.log(...args);
    },
  };
}
