import fc from 'fast-check';
import { YOUSHU_EVENT_NAMES, YOUSHU_INTERFACE_NAMES } from './catalog-types';
import { normalizeEventProps } from './normalize-event-props';
import { validateEvent } from './validate-event';
import { validateInterfaceBody } from './validate-interface-body';
import { VALID_BODIES, VALID_EVENTS } from './__fixtures__/youshu-examples';
import type { ValidationResult } from '../violation';

const eventName = fc.oneof(
  fc.constantFrom(...YOUSHU_EVENT_NAMES),
  fc.constantFrom('__proto__', 'constructor'),
  fc.string(),
);
const interfaceName = fc.oneof(fc.constantFrom(...YOUSHU_INTERFACE_NAMES), fc.string());

function wellFormed(result: ValidationResult): boolean {
  return (
    result.valid === result.errors.every((e) => e.severity !== 'error') &&
    result.errors.every(
      (e) => (e.path === '' || e.path.startsWith('/')) && e.code !== '' && e.message.zh !== '' && e.message.en !== '',
    )
  );
}

describe('catalog validators on arbitrary input', () => {
  it('should never throw from validateEvent and always return a well-formed result', () => {
    fc.assert(
      fc.property(eventName, fc.jsonValue(), (name, props) => wellFormed(validateEvent(name, props))),
      { numRuns: 500 },
    );
  });

  it('should never throw from validateEvent on valid events with arbitrary values swapped in', () => {
    const name = fc.constantFrom(...YOUSHU_EVENT_NAMES);
    const patch = fc.dictionary(
      fc.constantFrom('page', 'time', 'wx_user', 'chan', 'sku', 'spu', 'sale', 'order', 'sub_orders', 'sku_num'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(name, patch, (n, p) => wellFormed(validateEvent(n, { ...VALID_EVENTS[n], ...p }))),
      { numRuns: 500 },
    );
  });

  it('should never throw from validateInterfaceBody', () => {
    fc.assert(
      fc.property(interfaceName, fc.jsonValue(), (name, body) => wellFormed(validateInterfaceBody(name, body))),
      { numRuns: 300 },
    );
    const name = fc.constantFrom(...YOUSHU_INTERFACE_NAMES);
    const order = fc.dictionary(
      fc.constantFrom('order_status', 'payment_info', 'goods_info', 'user_info', 'create_time'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(name, order, (n, o) => {
        const body = VALID_BODIES[n] as { orders?: unknown[] };
        return wellFormed(validateInterfaceBody(n, { ...body, orders: [{ ...(body.orders?.[0] as object), ...o }] }));
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw from normalizeEventProps, and normalizing twice changes nothing more', () => {
    fc.assert(
      fc.property(eventName, fc.anything(), (name, props) => {
        const once = normalizeEventProps(name, props);
        expect(normalizeEventProps(name, once)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });
});
