import type { Violation } from '@trackway/language';

const INT32_MAX = 2_147_483_647;

const violation = (path: string, code: string, zh: string, en: string): Violation => ({
  path,
  code,
  severity: 'error',
  message: { zh, en },
});

/** Counts above PostgreSQL's integer range would fail the whole call's transaction; refuse just that item. */
export function countTooLarge(path: string, value: unknown): Violation[] {
  return typeof value === 'number' && value > INT32_MAX
    ? [violation(path, 'maximum', `${path}：不能大于 ${INT32_MAX}`, `${path}: must be at most ${INT32_MAX}`)]
    : [];
}

export function notACalendarDay(path: string, value: string): Violation {
  return violation(path, 'format', `${path}：${value} 不是有效日期`, `${path}: ${value} is not a real calendar day`);
}

/** An order id sent twice in one call: only the last copy is stored, so the earlier one is refused. */
export function duplicateInCall(path: string, id: string, later: number): Violation {
  return violation(
    `${path}/external_order_id`,
    'duplicate_in_call',
    `${path}/external_order_id：${id} 在本次调用中重复，以第 ${later} 项为准；每个订单每次调用只发一次`,
    `${path}/external_order_id: ${id} repeats in this call; item ${later} is used. Send each order once per call`,
  );
}
