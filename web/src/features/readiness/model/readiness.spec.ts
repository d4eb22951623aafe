import { describe, expect, it } from '@jest/globals';
import type { TrackingConfig } from '@trackway/language';
import { computeReadiness, isTracked } from './readiness';

const base: TrackingConfig = { schemaVersion: 1 };
const goodsPage: TrackingConfig = {
  schemaVersion: 1,
  pages: [
    {
      id: 'goods',
      route: 'pages/goods/*',
      rules: [{ id: 'sku', event: 'browse_sku_page', trigger: { kind: 'data', path: 'goods' }, props: {} }],
    },
  ],
};
const guideChan = { id: 'g', field: 'guide_id' as const, sources: ['{{scene.gid}}'] };

describe('computeReadiness', () => {
  it('should count preset behaviours as tracked unless their switch is off', () => {
    expect(isTracked(base, 'app_launch')).toBe(true);
    expect(isTracked({ ...base, presets: { app: false } }, 'app_launch')).toBe(false);
    expect(isTracked(base, 'browse_sku_page')).toBe(false);
  });

  it('should mark guide analysis missing guide_id until a guide_id chan rule exists, then green', () => {
    const before = computeReadiness(goodsPage);
    expect(before.browse_sku_page.guide).toEqual({
      status: 'missing',
      missing: ['chan.guide_id'],
      fix: { kind: 'chan', field: 'guide_id' },
    });
    const after = computeReadiness({ ...goodsPage, chan: [guideChan] });
    expect(after.browse_sku_page.guide.status).toBe('ok');
    expect(after.app_show.guide.status).toBe('ok');
    // live analysis still lacks room_id
    expect(after.browse_sku_page.live.missing).toEqual(['room_id']);
  });

  it('should say a behaviour no rule emits is missing, with a link to add it', () => {
    const cell = computeReadiness({ ...base, chan: [guideChan] }).add_to_cart.guide;
    expect(cell).toEqual({ status: 'missing', missing: ['event'], fix: { kind: 'event', event: 'add_to_cart' } });
  });

  it('should not count a disabled rule or a chan rule without sources', () => {
    const off: TrackingConfig = {
      ...goodsPage,
      pages: [{ ...goodsPage.pages![0], rules: [{ ...goodsPage.pages![0].rules![0], enabled: false }] }],
      chan: [{ ...guideChan, sources: [] }],
    };
    expect(computeReadiness(off).browse_sku_page.guide.missing).toEqual(['event']);
    expect(computeReadiness({ ...goodsPage, chan: [{ ...guideChan, sources: [] }] }).app_show.guide.status).toBe(
      'missing',
    );
  });

  it('should need guide_id propagated to the backend for add_order, and mark ad analysis as not needing it', () => {
    const withChan = computeReadiness({ ...base, chan: [guideChan] });
    expect(withChan.add_order.guide).toMatchObject({ status: 'missing', missing: ['propagate'] });
    expect(withChan.add_order.ad.status).toBe('na');
    expect(withChan.add_order.official_account.status).toBe('backend');
    const propagated = computeReadiness({
      ...base,
      chan: [guideChan],
      propagate: [{ id: 'p', url: '**/order/**', as: 'header' }],
    });
    expect(propagated.add_order.guide.status).toBe('ok');
    const otherFields = computeReadiness({
      ...base,
      chan: [guideChan],
      propagate: [{ id: 'p', url: '**', as: 'header', fields: ['chan_id'] }],
    });
    expect(otherFields.add_order.guide.status).toBe('missing');
  });

  it('should need both chan_shop_id and chan_shop_name for store analysis, and union_id for official accounts', () => {
    const shopId = computeReadiness({
      ...base,
      chan: [{ id: 's', field: 'chan_shop_id', sources: ['{{query.shop}}'] }],
    });
    expect(shopId.app_show.store.missing).toEqual(['chan.chan_shop_name']);
    expect(shopId.app_show.official_account).toMatchObject({ missing: ['wx_user.union_id'], fix: { kind: 'user' } });
  });
});
