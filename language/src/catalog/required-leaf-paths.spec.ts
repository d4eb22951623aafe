import { YOUSHU_EVENT_NAMES } from './catalog-types';
import { requiredLeafPaths } from './required-leaf-paths';

const sorted = (groups: readonly (readonly string[])[]) => groups.map((g) => [...g].sort()).sort();

describe(requiredLeafPaths.name, () => {
  it('should ask for sku or spu, field by field, on browse_sku_page', () => {
    expect(sorted(requiredLeafPaths('browse_sku_page'))).toEqual([
      ['sku.sku_id', 'spu.spu_id'],
      ['sku.sku_name', 'spu.spu_name'],
    ]);
  });

  it('should ask add_to_cart for action_type and sku_num besides the goods', () => {
    expect(sorted(requiredLeafPaths('add_to_cart'))).toEqual([
      ['action_type'],
      ['sku.sku_id', 'spu.spu_id'],
      ['sku.sku_name', 'spu.spu_name'],
      ['sku_num'],
    ]);
  });

  it('should list the order leaves of custom_order, with [] for every sub-order', () => {
    expect(sorted(requiredLeafPaths('custom_order'))).toEqual([
      ['order.order_id'],
      ['order.order_status'],
      ['order.order_time'],
      ['sub_orders[].order_amt'],
      ['sub_orders[].pay_amt'],
      ['sub_orders[].sub_order_id'],
    ]);
  });

  it('should ask search for a keyword and share for from_type and share_title', () => {
    expect(requiredLeafPaths('search')).toEqual([['keyword']]);
    expect(sorted(requiredLeafPaths('page_share_app_message'))).toEqual([['from_type'], ['share_title']]);
  });

  it.each(['app_launch', 'app_show', 'exit_wxapp', 'browse_wxapp_page', 'leave_wxapp_page', 'page_reach_bottom'])(
    'should ask nothing of %s, whose properties the runtime fills',
    (event) => {
      expect(requiredLeafPaths(event)).toEqual([]);
    },
  );

  it('should never ask for the common properties the runtime fills', () => {
    const common = /^(page|page_title|time|wx_user|chan)(\.|$)/;
    const paths = YOUSHU_EVENT_NAMES.flatMap((e) => requiredLeafPaths(e).flat());
    expect(paths.filter((p) => common.test(p))).toEqual([]);
  });

  it('should return no requirement for an unknown event', () => {
    expect(requiredLeafPaths('hasOwnProperty')).toEqual([]);
  });
});
