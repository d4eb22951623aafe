import type { CollectorOrder } from './collector-order-figures';
import { yuan } from './order-figures';

export interface AddOrderSide {
  orderStatus: string;
  paymentAmount: number;
  placedDay: string | null;
  paidDay: string | null;
}

/**
 * Why one order disagrees between add_order and the collector's custom_order events, as stable codes. With no
 * collector data source (`collectorAvailable` false) there is nothing to compare an order with.
 */
export function compareOrder(
  addOrder: AddOrderSide | null,
  collector: CollectorOrder | null,
  collectorAvailable: boolean,
): string[] {
  if (!collectorAvailable) return [];
  if (!addOrder) return ['missing_in_add_order'];
  if (!collector) return ['missing_in_collector'];
  const problems: string[] = [];
  if (addOrder.paidDay && !collector.paidDay) problems.push('not_paid_in_collector');
  if (!addOrder.paidDay && collector.paidDay) problems.push('not_paid_in_add_order');
  if (collector.placedDay && addOrder.placedDay !== collector.placedDay) problems.push('placed_day_differs');
  if (addOrder.paidDay && collector.paidDay && addOrder.paidDay !== collector.paidDay)
    problems.push('paid_day_differs');
  if (collector.amount !== null && yuan(collector.amount) !== yuan(addOrder.paymentAmount))
    problems.push('amount_differs');
  return problems;
}
