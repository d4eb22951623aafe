import { isObj } from '../core/is-obj';
import { compilePattern, nestFields, type PropagationRule, type TriggerEvent } from '../core/spec-api';
import { topPage, topScope, whereOf, type Runtime } from './runtime-state';
import { isMarked, mark, safe } from './safe';
import type { AnyFn, Obj } from './wx-globals';

const patterns: Record<string, RegExp | null> = {};
const matchUrl = (pattern: string, url: string) => {
  if (!(pattern in patterns)) patterns[pattern] = compilePattern(pattern, 'url');
  const re = patterns[pattern];
  return !!re && re.test(url);
};

/** Replaces a wx API; wx's members may be plain values or accessors (sr-sdk-wxapp's proxies use getters). */
function replace(w: Obj, name: string, make: (orig: AnyFn) => AnyFn): void {
  const orig = w[name];
  if (typeof orig !== 'function' || isMarked(orig)) return;
  const f = mark(make(orig), orig);
  try {
    Object.defineProperty(w, name, { value: f, writable: true, configurable: true, enumerable: true });
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
  } catch (_) {
    safe(name, () => (w[name] = f));
  }
}

/** The caller's options with the current chan copied in, per the config's propagate rules (a copy; never mutated). */
function propagate(rt: Runtime, opts: Obj): Obj {
  const compiled = rt.tracker.compiled();
  const rules = (compiled && compiled.config.propagate) || [];
  let out = opts;
  for (const r of rules as PropagationRule[]) {
    if (!isObj(r) || typeof opts.url !== 'string' || !matchUrl(r.url, opts.url)) continue;
    const flat: Record<string, unknown> = {};
    const chan = rt.tracker.chan();
    for (const k of Array.isArray(r.fields) ? r.fields : Object.keys(chan)) if (chan[k] !== undefined) flat[k] = chan[k];
    const value = nestFields(flat);
    out = Object.assign({}, out);
    if (r.as === 'header') out.header = Object.assign({}, out.header, { [r.name || 'X-Trackway-Chan']: JSON.stringify(value) });
    else if (out.data === undefined || isObj(out.data)) out.data = Object.assign({}, out.data, { [r.name || 'trackway_chan']: value });
  }
  return out;
}

function fireTop(rt: Runtime, trigger: TriggerEvent, extra: Obj): void {
  const p = topPage();
  const where = whereOf(rt, p);
  rt.tracker.run(Object.assign({}, trigger, { route: p ? where.route : undefined }) as TriggerEvent, topScope(rt, extra), where);
}

/**
 * Calls `orig` so the caller sees exactly what it would have seen: its callbacks (run after the trigger, so rules
 * can remember what a later call in the callback needs) or, without callbacks, the promise the API returns.
 * wx.request returns a RequestTask, never a promise, so its callbacks are always observed.
 */
function observe(self: unknown, orig: AnyFn, opts: Obj, always: boolean, on: (ok: boolean, res: unknown) => void): unknown {
  const cb = typeof opts.success === 'function' || typeof opts.fail === 'function' || typeof opts.complete === 'function';
  if (!cb && !always) {
    const r = orig.call(self, opts);
    if (r && typeof r.then === 'function') r.then((v: unknown) => safe('api', () => on(true, v)), (e: unknown) => safe('api', () => on(false, e)));
    return r;
  }
  return orig.call(
    self,
    Object.assign({}, opts, {
      success(res: unknown) {
        safe('api', () => on(true, res));
        if (typeof opts.success === 'function') return opts.success.call(opts, res);
      },
      fail(res: unknown) {
        safe('api', () => on(false, res));
        if (typeof opts.fail === 'function') return opts.fail.call(opts, res);
      },
    }),
  );
}

/** wx.request (request triggers, chan propagation) and wx.requestPayment / requestOrderPayment (payment triggers). */
export function wrapWxApis(rt: Runtime): void {
  const w = rt.w;
  replace(w, 'request', (orig) =>
    function (this: unknown, opts: unknown) {
      if (!isObj(opts)) return orig.call(this, opts);
      let o = opts;
      safe('propagate', () => (o = propagate(rt, opts)));
      const request = { url: o.url, method: String(o.method || 'GET').toUpperCase(), data: o.data, header: o.header };
      return observe(this, orig, o, true, (ok, res) =>
        fireTop(rt, { kind: 'request', url: String(o.url), method: request.method, outcome: ok ? 'success' : 'fail' }, { request, response: res }),
      );
    },
  );
  for (const name of ['requestPayment', 'requestOrderPayment']) {
    replace(w, name, (orig) =>
      function (this: unknown, opts: unknown) {
        if (!isObj(opts)) return orig.call(this, opts);
        return observe(this, orig, opts, false, (ok, res) => {
          const errMsg = isObj(res) ? String(res.errMsg || '') : String((res as Error) && (res as Error).message);
          const outcome = ok ? 'success' : /cancel/.test(errMsg) ? 'cancel' : 'fail';
          const payment = Object.assign({}, opts, { errMsg, outcome });
          fireTop(rt, { kind: 'payment', outcome }, { payment });
        });
      },
    );
  }
}
