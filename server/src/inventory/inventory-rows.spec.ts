import type { CollectedEvent } from '../collector/report/collect-event';
import { dataPaths, inventoryRows } from './inventory-rows';

const event = (items: unknown): CollectedEvent => ({
  type: 'trackway_inventory',
  props: { items },
  valid: false,
  errors: [],
  source: 'trackway',
  trackingId: null,
  logId: null,
  extUniqId: null,
  configVersion: 3,
  ruleId: null,
  debugSession: 's-1',
});

describe('inventoryRows', () => {
  it('should spread a setData key into the data paths a data trigger names, lists by their first item', () => {
    expect(dataPaths('goods', { id: 'S1', skus: [{ id: 'a' }], 'odd-key': 1 }).map(([p]) => p)).toEqual([
      'goods',
      'goods.id',
      'goods.skus',
      'goods.skus[0]',
      'goods.skus[0].id',
    ]);
  });

  it('should drop the query of a request and keep its status and top-level shape', () => {
    const [row] = inventoryRows([
      event([
        [
          'request',
          'pages/a',
          'GET https://x.example.com/goods/1?token=t',
          { statusCode: 200, data: { list: [], n: 1 } },
        ],
      ]),
    ]);
    expect(row).toEqual({
      kind: 'request',
      route: 'pages/a',
      name: 'GET https://x.example.com/goods/1',
      sample: { status: 200, shape: { list: 'array', n: 'number' }, data: { list: [], n: 1 } },
      version: 3,
      session: 's-1',
    });
  });

  it('should skip malformed items and keep the last sample of a key repeated in one upload', () => {
    const rows = inventoryRows([
      event([['button', 'p', 'x'], 'junk', ['method', 'p', 'onTap', { n: 1 }], ['method', 7, 'x']]),
      event([['method', 'p', 'onTap', { n: 2 }]]),
      event('not a list'),
    ]);
    expect(rows.map((r) => [r.kind, r.name, r.sample])).toEqual([['method', 'onTap', { n: 2 }]]);
  });
});
