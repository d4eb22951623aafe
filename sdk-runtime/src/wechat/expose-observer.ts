import { attempt, isObj } from '../core/language-api';
import { firePage } from './wrap-page';
import type { Runtime } from './runtime-state';
import { safe } from './safe';
import { objOr, isFn, type Obj } from './wx-globals';

/**
 * Observes the selectors of the page's expose triggers (once per selector; the ratio of its first rule). WeChat's
 * observeAll only sees nodes present when observe() is called, so a later setData (a list loaded by request)
 * observes again; an item key is reported once per page instance, so re-observing never repeats an event.
 */
export function observeExposes(rt: Runtime, page: Obj): void {
  const c = rt.ctx_.get(page);
  // a page without expose rules observes nothing (the loop below is empty)
  if (!c || !c.wl_ || !isFn(rt.w_.createIntersectionObserver)) return;
  stopExposes(rt, page);
  const done: Record<string, 1> = {};
  for (const e of c.wl_.exposes) {
    if (done[e.selector]) continue;
    done[e.selector] = 1;
    // written out by precompileConfig (default 0.5)
    const ratio = e.ratio!;
    safe('expose', () => {
      const ob = rt.w_.createIntersectionObserver(page, { observeAll: true, thresholds: [ratio] });
      c.observers_.push(ob);
      ob.relativeToViewport().observe(e.selector, (res: Obj) =>
        safe('expose', () => {
          // a small tolerance: WeChat reports 0.4999… for a node exactly half visible
          if (!isObj(res) || !((res.intersectionRatio as number) >= ratio - 0.01)) return;
          const dataset = objOr(res.dataset);
          const key = e.selector + '\n' + (e.itemKey ? dataset[e.itemKey] : res.id || JSON.stringify(dataset));
          if (c.exposed_[key]) return;
          c.exposed_[key] = 1;
          firePage(rt, page, { kind: 'expose', selector: e.selector }, { item: dataset });
        }),
      );
    });
  }
}

export function stopExposes(rt: Runtime, page: Obj): void {
  const c = rt.ctx_.get(page);
  if (!c) return;
  for (const ob of c.observers_) attempt(() => ob.disconnect());
  c.observers_ = [];
}
