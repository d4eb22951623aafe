import type { Violation, YoushuOrder } from '@trackway/language';

// Amounts are yuan with 2 decimals; half a fen absorbs float noise such as 0.1 + 0.2.
const TOLERANCE = 0.005;

/**
 * The amount relations of youshu-spec.md §2.2, as warnings (Youshu does not document that it rejects them):
 * order_amount = goods_amount_total + freight_amount, payment ≤ payable ≤ order, goods_num_total = Σ goods_num.
 * `base` is the order's JSON Pointer, e.g. `/orders/3`.
 */
export function orderAmountWarnings(order: YoushuOrder, base: string): Violation[] {
  const out: Violation[] = [];
  const warn = (field: string, zh: string, en: string) =>
    out.push({ path: `${base}/${field}`, code: 'amount_relation', severity: 'warning', message: { zh, en } });
  const { goods_amount_total: goods, freight_amount: freight, order_amount: total } = order;
  if (Math.abs(goods + freight - total) > TOLERANCE) {
    warn(
      'order_amount',
      `order_amount（${total}）应等于 goods_amount_total + freight_amount（${round(goods + freight)}）`,
      `order_amount (${total}) should equal goods_amount_total + freight_amount (${round(goods + freight)})`,
    );
  }
  if (order.payable_amount - total > TOLERANCE) {
    warn(
      'payable_amount',
      `payable_amount（${order.payable_amount}）不应大于 order_amount（${total}）`,
      `payable_amount (${order.payable_amount}) should not exceed order_amount (${total})`,
    );
  }
  if (order.payment_amount - order.payable_amount > TOLERANCE) {
    warn(
      'payment_amount',
      `payment_amount（${order.payment_amount}）不应大于 payable_amount（${order.payable_amount}）`,
      `payment_amount (${order.payment_amount}) should not exceed payable_amount (${order.payable_amount})`,
    );
  }
  const items = order.goods_info.reduce((n, g) => n + g.goods_num, 0);
  if (items !== order.goods_num_total) {
    warn(
      'goods_num_total',
      `goods_num_total（${order.goods_num_total}）应等于 goods_info[].goods_num 之和（${items}）`,
      `goods_num_total (${order.goods_num_total}) should equal the sum of goods_info[].goods_num (${items})`,
    );
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;
