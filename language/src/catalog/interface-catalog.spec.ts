import { YOUSHU_INTERFACE_NAMES } from './catalog-types';
import { INTERFACE_CATALOG } from './interface-catalog';
import { validateInterfaceBody } from './validate-interface-body';
import { VALID_BODIES, clone } from './__fixtures__/youshu-examples';
import { deleteAt, pointerOf } from './__fixtures__/dotted-paths';

describe('INTERFACE_CATALOG', () => {
  it('should give the Youshu data-api path of each interface', () => {
    expect(YOUSHU_INTERFACE_NAMES.map((n) => [INTERFACE_CATALOG[n].method, INTERFACE_CATALOG[n].path])).toEqual([
      ['POST', '/data-api/v1/order/add_order'],
      ['POST', '/data-api/v1/order/add_order_sum'],
      ['POST', '/data-api/v1/analysis/add_wxapp_visit_page'],
    ]);
  });

  it('should cap add_order and add_order_sum at 50 orders', () => {
    expect([INTERFACE_CATALOG.add_order.maxItems, INTERFACE_CATALOG.add_order_sum.maxItems]).toEqual([50, 50]);
  });

  describe.each(YOUSHU_INTERFACE_NAMES)('%s', (name) => {
    it.each([...INTERFACE_CATALOG[name].requiredProps])('should make the validator demand %s', (path) => {
      const body = clone(VALID_BODIES[name]) as Record<string, unknown>;
      deleteAt(body, path);
      const result = validateInterfaceBody(name, body);
      expect(result.valid).toBe(false);
      expect(result.errors).toContainEqual(expect.objectContaining({ path: pointerOf(path), code: 'required' }));
    });
  });
});
