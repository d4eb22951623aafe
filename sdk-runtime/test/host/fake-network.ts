export interface FakeRequest {
  url: string;
  method: string;
  data: unknown;
  header: Record<string, string>;
}

/** A handler's answer: an HTTP response, or `{fail}` for a wx fail callback (no network, timeout). */
export type Reply = { statusCode?: number; data?: unknown; header?: Record<string, string> } | { fail: string };
export type Handler = (req: FakeRequest) => Reply | undefined | Promise<Reply | undefined>;
export type Matcher = string | RegExp | ((req: FakeRequest) => boolean);

export interface RouteOptions {
  /** Delay of the answer in (fake) ms. Default 0 (still asynchronous, as in WeChat). */
  latency?: number | (() => number);
}

export interface FakeNetwork {
  /** Answers requests whose URL starts with the string (or matches the RegExp / predicate). Later routes win. */
  route(match: Matcher, handler: Handler, opts?: RouteOptions): () => void;
  /** Every wx.request made, the runtime's own included. */
  requests: FakeRequest[];
  /** wx.request as WeChat implements it: callbacks only, returns a RequestTask. */
  request(opts: Record<string, any>): { abort(): void };
  /** Requests whose answer has not been delivered yet (async handlers). */
  inflight: Set<Promise<unknown>>;
}

const matches = (m: Matcher, req: FakeRequest) =>
  typeof m === 'string' ? req.url.startsWith(m) : m instanceof RegExp ? m.test(req.url) : m(req);

export function createFakeNetwork(): FakeNetwork {
  const routes: { match: Matcher; handler: Handler; opts: RouteOptions }[] = [];
  const inflight = new Set<Promise<unknown>>();
  const net: FakeNetwork = {
    requests: [],
    inflight,
    route(match, handler, opts = {}) {
      const r = { match, handler, opts };
      routes.unshift(r);
      return () => void routes.splice(routes.indexOf(r), 1);
    },
    request(opts) {
      const req: FakeRequest = {
        url: String(opts.url),
        method: String(opts.method || 'GET').toUpperCase(),
        data: opts.data,
        header: Object.assign({}, opts.header),
      };
      net.requests.push(req);
      const route = routes.find((r) => matches(r.match, req));
      let aborted = false;
      const deliver = (reply: Reply | undefined) => {
        if (aborted) return;
        const res = reply || { statusCode: 404, data: { message: 'no fake route for ' + req.url } };
        if ('fail' in res) {
          if (opts.fail) opts.fail({ errMsg: 'request:fail ' + res.fail });
          if (opts.complete) opts.complete({ errMsg: 'request:fail ' + res.fail });
          return;
        }
        let data = res.data;
        // wx parses JSON bodies unless dataType is not 'json'
        if (typeof data === 'string' && (opts.dataType || 'json') === 'json') {
          try {
            data = JSON.parse(data);
          } catch {
            // stays a string, as in WeChat
          }
        }
        const out = { statusCode: res.statusCode || 200, data, header: res.header || {}, errMsg: 'request:ok' };
        if (opts.success) opts.success(out);
        if (opts.complete) opts.complete(out);
      };
      // `inflight` covers the handler only (it may call a real server); the answer then waits `latency` on the clock
      const p: Promise<unknown> = Promise.resolve()
        .then(() => (route ? route.handler(req) : undefined))
        .then((reply) => {
          const l = route && route.opts.latency;
          setTimeout(() => deliver(reply), (typeof l === 'function' ? l() : l) || 0);
        })
        .finally(() => inflight.delete(p));
      inflight.add(p);
      return { abort: () => void (aborted = true), onHeadersReceived() {}, offHeadersReceived() {} } as {
        abort(): void;
      };
    },
  };
  return net;
}
