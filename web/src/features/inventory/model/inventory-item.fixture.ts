import type { InventoryItem } from '../../../api/api-types';

/** One inventory row as GET /api/apps/:appid/inventory returns it, seen once (for the pickers' unit tests). */
export const inventoryItem = (
  kind: InventoryItem['kind'],
  route: string,
  name: string,
  sample: unknown,
): InventoryItem => ({
  kind,
  route,
  name,
  sample,
  count: 1,
  firstSeen: '2026-12-04T10:00:00.000Z',
  lastSeen: '2026-12-04T10:00:00.000Z',
  configVersion: null,
});
