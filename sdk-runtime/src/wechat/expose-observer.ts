import { attempt, isArr, isObj, readPath } from '../core/language-api';
import { firePage, type Runtime } from './runtime-state';
import { safe } from './safe';
import { objOr, isFn, type Obj } from './wx-globals';

/**
 * Observes the selectors of the page's expose triggers (once per selector and list; the ratio of its first rule).
 * WeChat's observeAll only sees nodes present when observe() is called, so a later setData (a list loaded by
 * request, a page more on reach-bottom) observes again; an item key is reported once per page instance, so
 * re-observing never repeats an event.
 */
export function observeExposes(rt: Runtime, page: Obj): void {
  const c = rt.ctx_.get(page);
  const w = rt.w_;
  // a page without expose rules observes nothing (the loop below is empty)
  if (!c || !c.wl_ || !isFn(w.createIntersectionObserver)) return;
  stopExposes(rt, page);
  const done: Record<string, 1> = {};
  for (const e of c.wl_.exposes) {
    const sel = e.selector;
    const group = sel + '\n' + e.list;
    if (done[group]) continue;
    done[group] = 1;
    // written out by precompileConfig (default 0.5)
    const ratio = e.ratio!;
    // reported once per page instance by its key: itemKey of the item, else the node id (with a list: its position)
    const report = (item: unknown, key: unknown) => {
      const k = group + '\n' + (e.itemKey ? readPath(item, [e.itemKey]) : key);
      if (item === undefined || c.exposed_[k]) return;
      c.exposed_[k] = 1;
      if (rt.inv_) rt.inv_('expose', c.route_, sel, item);
      firePage(rt, page, { kind: 'expose', selector: sel, list: e.list }, { item });
    };
    safe('expose', () => {
      const ob = w.createIntersectionObserver(page, { observeAll: true, thresholds: [ratio] });
      c.observers_.push(ob);
      ob.relativeToViewport().observe(sel, (res: Obj) =>
        safe('expose', () => {
          // a small tolerance: WeChat reports 0.4999… for a node exactly half visible
          if (!isObj(res) || !((res.intersectionRatio as number) >= ratio - 0.01)) return;
          const dataset = objOr(res.dataset);
          if (!e.list) return report(dataset, res.id || JSON.stringify(dataset));
          // The node's position among all nodes of the selector, in document order: the rect nearest to the one the
          // observer saw (the query answers a frame later, after a scroll the nearest is still the node).
          const r = objOr(res.boundingClientRect);
          w.createSelectorQuery()
            .in(page)
            .selectAll(sel)
            .boundingClientRect()
            .exec((out: unknown[]) =>
              safe('expose', () => {
                let at = -1;
                let best = Infinity;
                const rects = isArr(out) && out[0];
                if (isArr(rects))
                  rects.forEach((x: Obj, i) => {
                    const d = Math.abs(x.top - r.top) + Math.abs(x.left - r.left);
                    if (d < best) {
                      best = d;
                      at = i;
                    }
                  });
                const rows = readPath(page.data, e.segs!);
                if (isArr(rows)) report(rows[at], at);
              }),
            );
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
