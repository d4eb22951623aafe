/**
 * The PostgreSQL NOTIFY channel that tells every instance to reload one app's delivery snapshot; the payload is
 * the appid. Writers send it with `SELECT pg_notify($1, $2)` inside their transaction, so PostgreSQL delivers it
 * only on commit and never for a rolled-back change.
 */
export const CONFIG_CHANNEL = 'trackway_config';
