import { assign, attempt, isArr, isObj, keysOf, nestFields, parseJson, rx } from '../core/language-api';
import { fireTop, type Runtime } from './runtime-state';
import { isMarked, mark, safe } from './safe';
import { isFn, type AnyFn, type Obj } from './wx-globals';

/** The caller's options with the current chan copied in, per the config's propagate rules (a copy; never mutated). */
function propagate(rt: Runtime, opts: Obj): Obj {
  const compiled = rt.tracker_.compiled_;
  let out = opts;
  for (const r of (compiled && compiled.propagate) || []) {
    // url is a RegExp source and name is written out (precompileConfig)
    if (typeof opts.url !== 'string' || !rx(r.url)!.test(opts.url)) continue;
    const flat: Obj = {};
    const chan = rt.tracker_.chan_();
    for (const k of isArr(r.fields) ? r.fields : keysOf(chan)) if (chan[k] !== undefined) flat[k] = chan[k];
    const value = nestFields(flat);
    out = assign({}, out);
    if (r.as === 'header') out.header = assign({}, out.header, { [r.name]: JSON.stringify(value) });
    else if (out.data === undefined || isObj(out.data)) out.data = assign({}, out.data, { [r.name]: value });
  }
  return out;
}

/**
 * Replaces wx[name] by a wrapper that calls the original so the caller sees exactly what it would have seen: its
 * callbacks (run after the trigger, so rules can remember what a later call in the callback needs) or, without
 * callbacks, the promise the API returns. wx.request returns a RequestTask, never a promise, so its callbacks are
 * always observed. wx's members may be plain values or accessors (sr-sdk-wxapp's proxies use getters).
 */
function replace(
  rt: Runtime,
  name: string,
  before: (opts: Obj) => Obj,
  on: (opts: Obj, ok: boolean, res: unknown) => void,
): void {
  const w = rt.w_;
  const orig: AnyFn = w[name];
  if (!isFn(orig) || isMarked(orig)) return;
  const always = name === 'request';
  const f = mark(function (this: unknown, opts: unknown) {
    if (!isObj(opts)) return orig.call(this, opts);
    let o = opts;
    safe(name, () => (o = before(opts)));
    const seen = (ok: boolean, res: unknown) => safe(name, () => on(o, ok, res));
    const cb = isFn(o.success) || isFn(o.fail) || isFn(o.complete);
    if (!cb && !always) {
      const r = orig.call(this, o);
      safe(
        name,
        () =>
          r &&
          isFn(r.then) &&
          r.then(
            (v: unknown) => seen(true, v),
            (e: unknown) => seen(false, e),
          ),
      );
      return r;
    }
    const call = (ok: boolean, fn: unknown) =>
      function (res: unknown) {
        seen(ok, res);
        if (isFn(fn)) return fn.call(o, res);
      };
    return orig.call(this, assign({}, o, { success: call(true, o.success), fail: call(false, o.fail) }));
  }, orig);
  if (
    !attempt(() => Object.defineProperty(w, name, { value: f, writable: true, configurable: true, enumerable: true }))
  )
    safe(name, () => (w[name] = f));
}

/** wx.request (request triggers, chan propagation) and wx.requestPayment / requestOrderPayment (payment triggers). */
export function wrapWxApis(rt: Runtime): void {
  replace(
    rt,
    'request',
    (opts) => propagate(rt, opts),
    (o, ok, res) => {
      const method = String(o.method || 'GET').toUpperCase();
      // the body as the app passed it; one passed as a JSON string is read parsed (any other string as it is)
      const data = parseJson(o.data);
      // the server drops the query string and reads statusCode and the shape of data (ADR 011)
      if (rt.inv_) rt.inv_('request', '', method + ' ' + o.url, res);
      fireTop(
        rt,
        { kind: 'request', url: String(o.url), method, outcome: ok ? 'success' : 'fail' },
        { request: { url: o.url, method, data: data === undefined ? o.data : data, header: o.header }, response: res },
      );
    },
  );
  for (const name of ['requestPayment', 'requestOrderPayment']) {
    replace(
      rt,
      name,
      (opts) => opts,
      (opts, ok, res) => {
        const errMsg = isObj(res) ? String(res.errMsg || '') : String((res as Error) && (res as Error).message);
        const outcome = ok ? 'success' : /cancel/.test(errMsg) ? 'cancel' : 'fail';
        if (rt.inv_) rt.inv_('payment', '', name + ' ' + outcome);
        fireTop(rt, { kind: 'payment', outcome }, { payment: assign({}, opts, { errMsg, outcome }) });
      },
    );
  }
}
