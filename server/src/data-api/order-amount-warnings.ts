import type { Violation, YoushuOrder } from '@trackway/language';

// Amounts are yuan with 2 decimals; half a fen absorbs float noise such as 0.1 + 0.2.
const TOLERANCE = 0.005;

const ORDER_AMOUNTS = [
  'goods_amount_total',
  'freight_amount',
  'order_amount',
  'payable_amount',
  'payment_amount',
] as const;
const GOODS_AMOUNTS = ['goods_amount', 'payment_amount'] as const;

/** More than 2 decimals: not yuan as Youshu expects (youshu-spec.md §3.2), often a unit or rounding slip. */
const notFen = (v: unknown) => typeof v === 'number' && Math.abs(v * 100 - Math.round(v * 100)) > 1e-6;

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
  const precision = (path: string, v: number) =>
    out.push({
      path: `${base}/${path}`,
      code: 'yuan_precision',
      severity: 'warning',
      message: {
        zh: `${path}（${v}）超过两位小数；金额单位是元，保留两位小数`,
        en: `${path} (${v}) has more than 2 decimals; amounts are yuan with 2 decimals`,
      },
    });
  for (const f of ORDER_AMOUNTS) if (notFen(order[f])) precision(f, order[f]);
  order.goods_info.forEach((g, i) => {
    for (const f of GOODS_AMOUNTS) if (notFen(g[f])) precision(`goods_info/${i}/${f}`, g[f]);
  });
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
