import { isObj } from '../core/is-obj';
import { eventRoot, instrumentPage } from './wrap-page';
import { topScope, topPage, whereOf, type Runtime } from './runtime-state';
import { isMarked, mark, safe } from './safe';
import type { Obj } from './wx-globals';

const HOOKS = /^on(Load|Show|Ready|Hide|Unload|PullDownRefresh|ReachBottom|ShareAppMessage|ShareTimeline|PageScroll|Resize|TabItemTap)$/;

/**
 * Instruments a Component() definition. Its methods are wrapped at definition time, because components are
 * defined before the first config may have arrived; each call checks the active config's component rules
 * (a name lookup) before doing any work. A Component used as a page gets the page hooks too.
 */
export function instrumentComponent(rt: Runtime, o: Obj): void {
  const methods = o.methods;
  if (!isObj(methods)) return;
  if (typeof methods.onLoad === 'function' || typeof methods.onShow === 'function') instrumentPage(rt, methods);
  for (const name of Object.keys(methods)) {
    const orig = methods[name];
    if (typeof orig !== 'function' || isMarked(orig) || HOOKS.test(name)) continue;
    methods[name] = mark(function (this: Obj) {
      // eslint-disable-next-line prefer-rest-params -- ES5-style wrapper keeps arguments.length as the host sent it
      const args = arguments;
      const compiled = rt.tracker.compiled();
      const watched = !!compiled && compiled.components.some((c) => c.method === name);
      const run = (phase: 'before' | 'after', result: unknown) =>
        safe(name, () => {
          const p = topPage();
          const where = whereOf(rt, p);
          rt.tracker.run(
            { kind: 'method', method: name, phase, component: String(this && this.is), route: p ? where.route : undefined },
            topScope(rt, { event: eventRoot(args[0]), args: [].slice.call(args), result }),
            where,
          );
        });
      if (watched) run('before', undefined);
      const r = orig.apply(this, args);
      if (watched) {
        if (r && typeof r.then === 'function') r.then((v: unknown) => run('after', v), () => undefined);
        else run('after', r);
      }
      return r;
    }, orig);
  }
}
