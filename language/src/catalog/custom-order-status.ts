import type { LocalizedText } from './catalog-types';
import type { CustomOrderStatus } from './event-props';
import type { OrderStatusCode } from './interface-bodies';

export interface CustomOrderStatusMapping {
  /** add_order status codes this front-end status most likely corresponds to, most likely first. */
  codes: readonly OrderStatusCode[];
  /** Always false today: the doc's mapping table was not visible (youshu-spec.md §1.7). */
  confirmed: boolean;
}

/**
 * custom_order.order.order_status → add_order order_status. INFERRED: the official table "at the bottom of the
 * page" was not visible, so reconciliation must treat a mismatch as a hint, not an error.
 */
export const CUSTOM_ORDER_STATUS_MAPPING: Readonly<Partial<Record<CustomOrderStatus, CustomOrderStatusMapping>>> = {
  give_order: { codes: ['1110'], confirmed: false },
  payed: { codes: ['1150'], confirmed: false },
  cancel_give_order: { codes: ['1130', '1140'], confirmed: false },
  refund: { codes: ['1280'], confirmed: false },
};

export const CUSTOM_ORDER_STATUS_MAPPING_NOTE: LocalizedText = {
  zh: 'custom_order 状态与 add_order 状态码的对应关系是推断的，官方对照表未见到，未确认。',
  en: 'The custom_order status to add_order status-code mapping is inferred; the official table was not seen, so it is unconfirmed.',
};
