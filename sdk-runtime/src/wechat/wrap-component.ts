import { isObj } from '../core/language-api';
import { callScope, instrumentPage, LIFECYCLE } from './wrap-page';
import { fireTop, type Runtime } from './runtime-state';
import { around, isMarked } from './safe';
import { isFn, type AnyFn, type Obj } from './wx-globals';

/**
 * Instruments a Component() definition. Its methods are wrapped at definition time, because components are
 * defined before the first config may have arrived; each call checks the active config's component rules
 * (a name lookup) before doing any work. A Component used as a page gets the page hooks too.
 */
export function instrumentComponent(rt: Runtime, o: Obj): void {
  const methods = o.methods;
  if (!isObj(methods)) return;
  if (isFn(methods.onLoad) || isFn(methods.onShow)) instrumentPage(rt, methods);
  for (const name in methods) {
    const orig = methods[name] as AnyFn;
    if (!isFn(orig) || isMarked(orig) || LIFECYCLE.test(name)) continue;
    methods[name] = around(orig, name, (phase, self, args, result) => {
      const c = rt.tracker_.compiled_;
      if (rt.inv_ && phase === 'before') rt.inv_('component', String(self && self.is), name, callScope(args).event);
      if (c && c.components.some((x) => x.method === name)) {
        fireTop(
          rt,
          { kind: 'method', method: name, phase, component: String(self && self.is) },
          callScope(args, result),
        );
      }
    });
  }
}
