import type { EntityManager } from 'typeorm';

/**
 * The PostgreSQL NOTIFY channel that tells every instance to reload one app's delivery snapshot; the payload is
 * the appid. Writers send it with `SELECT pg_notify($1, $2)` inside their transaction, so PostgreSQL delivers it
 * only on commit and never for a rolled-back change.
 */
export const CONFIG_CHANNEL = 'trackway_config';

/** Queues the notice in `manager`'s transaction; PostgreSQL sends it when that transaction commits. */
export async function notifyConfigChange(manager: EntityManager, appid: string): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [CONFIG_CHANNEL, appid]);
}
