import { createTestApp, type TestApp } from './host';

const config = {
  schemaVersion: 1 as const,
  chan: [
    {
      id: 'guide',
      field: 'guide_id' as const,
      sources: ['{{launch.query.guide_id}}', '{{scene.g}}'],
      persist: { ttlDays: 7 },
    },
    {
      id: 'shop',
      field: 'chan_shop_id' as const,
      sources: ['{{scene.shop}}', '{{query.shop}}'],
      on: ['pageLoad' as const],
    },
    {
      id: 'shopName',
      field: 'chan_shop_name' as const,
      sources: [{ $lookup: { value: '{{scene.shop}}', table: { '5': '徐汇店' } } }],
    },
    { id: 'ad', field: 'weixinadinfo' as const, sources: ['{{launch.query.weixinadinfo}}'] },
    {
      id: 'first',
      field: 'chan_id' as const,
      sources: ['{{launch.query.chan_id}}'],
      persist: { ttlDays: 30 },
      attribution: 'first' as const,
    },
  ],
};

describe('chan', () => {
  let t: TestApp;
  afterEach(() => t.done());

  const launch = (query: Record<string, string>, storage?: Record<string, unknown>, delay = 0) => {
    t = createTestApp({ config, cached: true, storage });
    t.host.page('pages/index/index', {});
    t.host.page('pages/shop/shop', {});
    return t.host.advance(delay).then(() => t.host.launch({ path: 'pages/index/index', query, scene: 1047 }));
  };

  it('should fill chan from the launch query and the decoded QR scene on every event', async () => {
    await launch({ scene: encodeURIComponent('g=100&shop=5'), weixinadinfo: '12345.wx_gdt_vid.0.x' });
    await t.events();
    for (const e of t.receiver.events) {
      expect(e.props.chan).toEqual({
        guide_id: '100',
        chan_shop_id: '5',
        chan_shop_name: '徐汇店',
        weixinadinfo: '12345.wx_gdt_vid.0.x',
        chan_wxapp_scene: 1047,
      });
    }
  });

  it('should re-derive a field on page load where `on` says', async () => {
    await launch({});
    t.host.navigateTo('pages/shop/shop?shop=9');
    await t.events();
    const lastBrowse = t.receiver.ofType('browse_wxapp_page').pop()!;
    expect(lastBrowse.props.chan.chan_shop_id).toBe('9');
  });

  it('should keep a persisted guide for its ttl on later launches, then forget it', async () => {
    await launch({ guide_id: 'G1', chan_id: 'C1' });
    await t.events();
    const kept = t.host.storage.get('tw_kept') as Record<string, unknown>;
    t.done();

    await launch({ chan_id: 'C2' }, { tw_kept: kept }, 6 * 864e5);
    await t.events();
    expect(t.receiver.events[0].props.chan).toMatchObject({ guide_id: 'G1', chan_id: 'C1' });
    t.done();

    await launch({}, { tw_kept: kept }, 8 * 864e5);
    await t.events();
    expect(t.receiver.events[0].props.chan.guide_id).toBeUndefined();
    expect(t.receiver.events[0].props.chan.chan_id).toBe('C1');
  });

  it('should let a new guide replace the kept one (last-touch attribution)', async () => {
    await launch({ guide_id: 'G1' });
    await t.events();
    const kept = t.host.storage.get('tw_kept') as Record<string, unknown>;
    t.done();
    await launch({ guide_id: 'G2' }, { tw_kept: kept }, 864e5);
    await t.events();
    expect(t.receiver.events[0].props.chan.guide_id).toBe('G2');
  });
});
