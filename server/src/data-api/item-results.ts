import type { Violation } from '@trackway/language';

/** The verdict on one array element of a data API call. */
export interface ItemResult {
  index: number;
  /** external_order_id, or the day (ref_date) for summaries and page visits. */
  id: string | null;
  accepted: boolean;
  errors: Violation[];
  warnings: Violation[];
}

/**
 * Splits a catalog validation of a whole body into the problems of the body itself (→ the call is refused) and
 * those of each element of `arrayKey` (→ only that element is refused), by the violation's JSON Pointer.
 */
export function splitByItem(
  violations: Violation[],
  arrayKey: string,
): { body: Violation[]; byIndex: Map<number, Violation[]> } {
  const prefix = new RegExp(`^/${arrayKey}/(\\d+)(/|$)`);
  const body: Violation[] = [];
  const byIndex = new Map<number, Violation[]>();
  for (const v of violations) {
    const m = prefix.exec(v.path);
    if (!m) {
      body.push(v);
      continue;
    }
    const i = Number(m[1]);
    byIndex.set(i, [...(byIndex.get(i) ?? []), v]);
  }
  return { body, byIndex };
}

/** Builds the per-item results from the catalog's violations plus any checks of the caller's own. */
export function itemResults(
  count: number,
  byIndex: Map<number, Violation[]>,
  idOf: (i: number) => string | null,
  extra: (i: number) => Violation[] = () => [],
): ItemResult[] {
  return Array.from({ length: count }, (_, index) => {
    const all = [...(byIndex.get(index) ?? []), ...extra(index)];
    const errors = all.filter((v) => v.severity === 'error');
    return {
      index,
      id: idOf(index),
      accepted: !errors.length,
      errors,
      warnings: all.filter((v) => v.severity !== 'error'),
    };
  });
}
