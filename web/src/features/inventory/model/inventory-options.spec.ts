import { describe, expect, it } from '@jest/globals';
import type { InventoryItem } from '../../../api/api-types';
import { inventoryItem } from './inventory-item.fixture';
import {
  componentMethodOptions,
  componentOptions,
  dataPathOptions,
  methodOptions,
  proposeRouteWildcard,
  proposeUrlPattern,
  routeOptions,
  urlOptions,
} from './inventory-options';

const item = inventoryItem;

// What the example shop's journey reports in a debug session (shapes of ADR 011).
const SHOP: InventoryItem[] = [
  item('page', 'pages/index/index', '', { title: '首页', query: {} }),
  item('page', 'pages/goods/detail', '', { title: '商品详情', query: { id: 'sku-1' } }),
  item('page', 'pages/shop/10086/home', '', { title: '店铺' }),
  item('method', 'pages/goods/detail', 'onAddCart', { type: 'tap', dataset: { sku: 'sku-1', price: 1999 } }),
  item('method', 'pages/index/index', 'onTapCard', { type: 'tap', dataset: { id: 'sku-2' } }),
  item('data', 'pages/goods/detail', 'goods', { id: 'sku-1', name: '保温杯' }),
  item('data', 'pages/goods/detail', 'goods.price', 1999),
  item('data', 'pages/index/index', 'list', [{ id: 'sku-2' }]),
  item('request', 'pages/goods/detail', 'POST https://api.shop.example/v2/order/submit', { status: 200 }),
  item('component', 'components/sku-card/index', 'onBuy', { type: 'tap', dataset: {} }),
];

describe('route picker', () => {
  it('should offer observed routes with their title, and a wildcard where a segment is an id', () => {
    expect(routeOptions(SHOP)).toEqual([
      { value: 'pages/index/index', label: 'pages/index/index · 首页' },
      { value: 'pages/goods/detail', label: 'pages/goods/detail · 商品详情' },
      { value: 'pages/shop/*/home', label: 'pages/shop/*/home · *' },
      { value: 'pages/shop/10086/home', label: 'pages/shop/10086/home · 店铺' },
    ]);
  });

  it('should see ids in digits, long hex and uuids but not in names', () => {
    expect(proposeRouteWildcard('pages/item/5f3a9c2e77/detail')).toBe('pages/item/*/detail');
    expect(proposeRouteWildcard('pages/o/123e4567-e89b-12d3-a456-426614174000')).toBe('pages/o/*');
    expect(proposeRouteWildcard('pages/goods/detail')).toBeNull();
    expect(proposeRouteWildcard('pages/cafe/index')).toBeNull();
  });
});

describe('method and data-path pickers', () => {
  it('should offer the methods called on the chosen page with event type and dataset keys', () => {
    expect(methodOptions(SHOP, 'pages/goods/detail')).toEqual([
      { value: 'onAddCart', label: 'onAddCart · tap · dataset: sku, price' },
    ]);
  });

  it('should match the page by its wildcard route and offer every page when the rule is global', () => {
    expect(methodOptions(SHOP, 'pages/*/detail').map((o) => o.value)).toEqual(['onAddCart']);
    expect(methodOptions(SHOP, undefined).map((o) => o.value)).toEqual(['onAddCart', 'onTapCard']);
  });

  it('should offer the data paths of the page with their sample value', () => {
    expect(dataPathOptions(SHOP, 'pages/goods/detail')).toEqual([
      { value: 'goods', label: 'goods = {"id":"sku-1","name":"保温杯"}' },
      { value: 'goods.price', label: 'goods.price = 1999' },
    ]);
  });
});

describe('request URL and component pickers', () => {
  it('should propose a pattern of the last two path segments, without host or query', () => {
    expect(urlOptions(SHOP)).toEqual([
      { value: '**/order/submit', label: 'POST https://api.shop.example/v2/order/submit' },
    ]);
    expect(proposeUrlPattern('GET https://x.example/api/cart/list?page=2')).toBe('**/cart/list');
  });

  it('should offer component paths and the methods of the chosen one', () => {
    expect(componentOptions(SHOP)).toEqual([
      { value: 'components/sku-card/index', label: 'components/sku-card/index · onBuy' },
    ]);
    expect(componentMethodOptions(SHOP, 'components/*/index').map((o) => o.value)).toEqual(['onBuy']);
    expect(componentMethodOptions(SHOP, 'components/other/index')).toEqual([]);
  });
});
