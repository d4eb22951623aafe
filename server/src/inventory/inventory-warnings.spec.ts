import type { TrackingConfig } from '@trackway/language';
import { inventoryWarnings, type InventoryKey } from './inventory-warnings';

const seen: InventoryKey[] = [
  { kind: 'page', route: 'pages/goods/detail', name: '' },
  { kind: 'method', route: 'pages/goods/detail', name: 'onAddToCart' },
  { kind: 'data', route: 'pages/goods/detail', name: 'goods.skus[0].id' },
  { kind: 'component', route: 'components/card/index', name: 'onCardTap' },
  { kind: 'request', route: 'pages/goods/detail', name: 'POST https://shop.example.com/api/cart/items' },
];

const config = (rules: unknown[], route = 'pages/goods/*'): TrackingConfig =>
  ({ schemaVersion: 1, pages: [{ id: 'detail', route, rules }] }) as TrackingConfig;
const rule = (trigger: unknown) => ({ id: 'r', event: 'add_to_cart', trigger, props: {} });
const paths = (c: TrackingConfig) => inventoryWarnings(c, seen).map((w) => w.path);

describe('inventoryWarnings (publish check, issue 13)', () => {
  it('should say nothing while the app has no inventory', () => {
    expect(inventoryWarnings(config([rule({ kind: 'method', method: 'x' })]), [])).toEqual([]);
  });

  it('should accept what a device reported: route pattern, method, data path with another index, component, URL', () => {
    const c = config([
      rule({ kind: 'method', method: 'onAddToCart' }),
      rule({ kind: 'data', path: 'goods.skus[3].id' }),
      rule({ kind: 'method', method: 'onCardTap', component: 'components/*/index' }),
      rule({ kind: 'request', url: '**/cart/items', method: 'post' }),
      rule({ kind: 'data', path: 'list[event.dataset.index]' }),
    ]);
    expect(paths(c)).toEqual([]);
  });

  it('should warn at the field that names what was never seen, in Chinese and English', () => {
    const c = config([
      rule({ kind: 'method', method: 'onAddCart' }),
      rule({ kind: 'data', path: 'goods.price' }),
      rule({ kind: 'method', method: 'onTap', component: 'components/card/index' }),
      rule({ kind: 'request', url: '**/order/submit' }),
      rule({ kind: 'request', url: '**/cart/items', method: 'GET' }),
    ]);
    const w = inventoryWarnings(c, seen);
    expect(w.map((x) => x.path)).toEqual([
      '/pages/0/rules/0/trigger/method',
      '/pages/0/rules/1/trigger/path',
      '/pages/0/rules/2/trigger/component',
      '/pages/0/rules/3/trigger/url',
      '/pages/0/rules/4/trigger/url',
    ]);
    expect(w.every((x) => x.severity === 'warning' && x.code === 'not_observed')).toBe(true);
    expect(w[0].message).toEqual({
      zh: '调试会话中从未见过方法 onAddCart 被调用（是否已改名？）',
      en: 'method onAddCart was never observed being called in a debug session (renamed?)',
    });
  });

  it('should warn about a page route no page matched, and judge its method rules on that route only', () => {
    expect(paths(config([rule({ kind: 'method', method: 'onAddToCart' })], 'pages/cart/index'))).toEqual([
      '/pages/0/route',
      '/pages/0/rules/0/trigger/method',
    ]);
  });

  it('should check global rules against every route and component', () => {
    const c = { schemaVersion: 1, rules: [rule({ kind: 'method', method: 'onCardTap' })] } as TrackingConfig;
    expect(paths(c)).toEqual([]);
  });
});
