import { Client } from 'pg';
import request from 'supertest';
import type { TestApp } from './test-app';

/** The common props every Youshu behaviour needs (youshu-spec §1.3), for events that should validate. */
export function validProps(appid: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    page: 'pages/index/index',
    page_title: '首页',
    time: Date.now(),
    wx_user: { app_id: appid, open_id: 'o-test-1' },
    chan: { chan_wxapp_scene: 1001 },
    ...extra,
  };
}

export function envelope(type: string, props: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return { type, props, from: 'trackway', tracking_id: '1764840000000-t', log_id: 1, ...more };
}

/** POSTs a plain JSON upload to the collector as the runtime does. */
export function upload(t: TestApp, token: string, body: unknown, path = '/youshu/api/report') {
  return request(t.url)
    .post(`${path}?token=${encodeURIComponent(token)}`)
    .set('content-type', 'application/json')
    .send(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Waits until the collector of `t` knows the token (apps reach it through NOTIFY, a few ms after creation). */
export async function waitForToken(t: TestApp, token: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if ((await upload(t, token, [])).status === 200) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the collector never learned the token');
}

export interface StoredEvent {
  id: string;
  type: string;
  props: Record<string, any>;
  valid: boolean;
  errors: { path: string; code: string; severity: string; message: { zh: string; en: string } }[];
  config_version: number | null;
  rule_id: string | null;
  debug_session: string | null;
  ext_uniq_id: string | null;
  source: string | null;
}

/** What collector_events holds for one app, read straight from the database, oldest first. */
export async function storedEvents(t: TestApp, appid: string): Promise<StoredEvent[]> {
  const c = new Client({ connectionString: t.databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT e.id, e.type, e.props, e.valid, e.errors, e.config_version, e.rule_id, e.debug_session,
              e.ext_uniq_id, e.source
         FROM collector_events e JOIN apps a ON a.id = e.app_id WHERE a.appid = $1 ORDER BY e.id`,
      [appid],
    );
    return rows as StoredEvent[];
  } finally {
    await c.end();
  }
}
