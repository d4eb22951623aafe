import { loadConformanceCases } from '../src/conformance/load-cases';
import { resolvePath } from '../src/evaluator/resolve-path';
import { runConformanceCase } from './conformance-driver';

const cases = loadConformanceCases();

describe('conformance cases', () => {
  it('should cover every behaviour and every trigger kind', () => {
    const behaviours = new Set(cases.flatMap((c) => c.behaviours));
    for (const b of [
      'app_launch',
      'app_show',
      'exit_wxapp',
      'browse_wxapp_page',
      'leave_wxapp_page',
      'page_share_app_message',
      'page_pull_down_refresh',
      'page_reach_bottom',
      'search',
      'expose_sku_component',
      'trigger_sku_component',
      'browse_sku_page',
      'add_to_cart',
      'custom_order',
    ])
      expect(behaviours).toContain(b);
    const triggers = new Set(cases.flatMap((c) => c.triggers));
    for (const t of [
      'app.launch',
      'app.show',
      'app.hide',
      'page.load',
      'page.show',
      'page.ready',
      'page.hide',
      'page.unload',
      'page.share',
      'page.pullDownRefresh',
      'page.reachBottom',
      'method.before',
      'method.after',
      'method.async',
      'data',
      'expose',
      'request.success',
      'request.fail',
      'payment.success',
      'payment.fail',
      'payment.cancel',
    ])
      expect(triggers).toContain(t);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s: should emit exactly the expected events', (_file, c) => {
    const events = runConformanceCase(c);
    expect(events.map((e) => `${e.type} ${e.ruleId}`)).toEqual(c.expect.map((e) => `${e.type} ${e.ruleId}`));
    c.expect.forEach((want, i) => {
      if (want.props) expect(events[i].props).toMatchObject(want.props);
      for (const path of want.absent || [])
        expect({ path, value: resolvePath(events[i].props, path) }).toEqual({ path, value: undefined });
    });
  });
});
