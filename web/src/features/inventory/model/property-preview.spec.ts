import { describe, expect, it } from '@jest/globals';
import type { InventoryItem } from '../../../api/api-types';
import { inventoryItem } from './inventory-item.fixture';
import { previewProperty } from './property-preview';
import { sampleScope } from './sample-scope';

const item = inventoryItem;

const SHOP: InventoryItem[] = [
  item('page', 'pages/goods/detail', '', { title: '商品详情', query: { id: 'sku-1' } }),
  item('data', 'pages/goods/detail', 'goods', { sku_id: 'sku-1', name: '保温杯', price: 1999, spu: 77 }),
  item('data', 'pages/goods/detail', 'goods.price', 1999),
  item('method', 'pages/goods/detail', 'onAddCart', { type: 'tap', dataset: { sku: 'sku-1', n: 2 } }),
  item('request', 'pages/pay/index', 'POST https://api.shop.example/v2/order/submit', {
    status: 200,
    data: { order_id: 'o-9', created: 1764842400 },
  }),
];
const STRING = { type: 'string', description: 'SKU 编号' };
const NUMBER = { type: 'number', description: '数量' };

describe('sampleScope + previewProperty', () => {
  it('should evaluate a data mapping on the page last setData and accept a fitting string', () => {
    const scope = sampleScope(SHOP, { kind: 'data', path: 'goods' }, 'pages/goods/detail')!;
    expect(previewProperty('{{data.goods.sku_id}}', scope, STRING)).toEqual({ value: 'sku-1' });
    expect(previewProperty('{{query.id}}', scope, STRING)).toEqual({ value: 'sku-1' });
  });

  it('should warn when a number lands in a string property and the reverse', () => {
    const scope = sampleScope(SHOP, { kind: 'data', path: 'goods' }, 'pages/goods/detail')!;
    expect(previewProperty('{{data.goods.spu}}', scope, STRING)).toEqual({ value: 77, warning: 'wantString' });
    expect(previewProperty('{{data.goods.name}}', scope, NUMBER)).toEqual({ value: '保温杯', warning: 'wantNumber' });
  });

  it('should flag fen in a yuan amount, and be quiet once | yuan converts it', () => {
    const scope = sampleScope(SHOP, { kind: 'data', path: 'goods' }, 'pages/goods/*')!;
    const price = { type: 'number', description: '现价，单位元' };
    expect(previewProperty('{{data.goods.price}}', scope, price)).toEqual({ value: 1999, warning: 'maybeFen' });
    expect(previewProperty('{{data.goods.price | yuan}}', scope, price)).toEqual({ value: 19.99 });
    // ¥380.00 after the conversion is a plausible amount, not fen
    const big = { ...scope, data: { goods: { price: 38000 } } };
    expect(previewProperty('{{data.goods.price | yuan}}', big, price)).toEqual({ value: 380 });
  });

  it('should read the handler event of a method trigger', () => {
    const scope = sampleScope(SHOP, { kind: 'method', method: 'onAddCart' }, 'pages/goods/detail')!;
    expect(previewProperty('{{event.dataset.sku}}', scope, STRING)).toEqual({ value: 'sku-1' });
  });

  it('should read the response of a request trigger and want 13-digit ms for a time', () => {
    const scope = sampleScope(SHOP, { kind: 'request', url: '**/order/submit' })!;
    expect(previewProperty('{{response.data.order_id}}', scope, STRING)).toEqual({ value: 'o-9' });
    const time = { type: 'number', description: '13 位毫秒时间戳（数字）' };
    expect(previewProperty('{{response.data.created}}', scope, time)).toEqual({
      value: 1764842400,
      warning: 'wantMs',
    });
  });

  it('should have nothing to preview for a handler or page the device never reported', () => {
    expect(sampleScope(SHOP, { kind: 'method', method: 'onBuyNow' }, 'pages/goods/detail')).toBeNull();
    expect(sampleScope(SHOP, { kind: 'page', on: 'show' }, 'pages/cart/index')).toBeNull();
  });
});
