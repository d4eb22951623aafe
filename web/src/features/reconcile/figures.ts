import type { OrderFigures, ReconciliationDay } from '../../api/api-types';

export const FIGURES = ['giveOrderAmountSum', 'giveOrderNumSum', 'paymentAmountSum', 'payedNumSum'] as const;
export type Figure = (typeof FIGURES)[number];
export const SOURCES = ['reported', 'recomputed', 'collector'] as const;
export type Source = (typeof SOURCES)[number];

/** The figure of one source for a day (null: add_order_sum not sent, or no collector data source). */
export function figureOf(day: ReconciliationDay, source: Source, figure: Figure): number | null {
  const f: OrderFigures | null = day[source];
  return f ? f[figure] : null;
}

/** Whether the server flagged this source's figure (`mismatchedFields` as `reported.giveOrderNumSum`). */
export function isMismatched(day: ReconciliationDay, source: Source, figure: Figure): boolean {
  return day.mismatchedFields.includes(`${source}.${figure}`);
}

/** Amounts in 元 with two decimals, counts as integers (ui.md: amounts in 元). */
export function formatFigure(figure: Figure, value: number | null): string {
  if (value === null) return '—';
  return figure.endsWith('AmountSum') ? `¥${value.toFixed(2)}` : String(value);
}
