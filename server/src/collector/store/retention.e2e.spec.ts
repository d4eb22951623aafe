import { Client } from 'pg';
import { createApp } from '../../../test/factories';
import { envelope, storedEvents, upload, validProps, waitForToken } from '../../../test/collector-uploads';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { PartitionJob } from './partition-job';

const DAY_MS = 86_400_000;
const dayName = (daysAgo: number) =>
  'collector_events_' + new Date(Date.now() - daysAgo * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');

describe('collector retention', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp({ env: { TRACKWAY_COLLECTOR_RETENTION_DAYS: '3' } });
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('should have partitions from today to two days ahead once started', async () => {
    const parts = await t.app.get(PartitionJob).partitions.list();
    expect(parts).toEqual(expect.arrayContaining([dayName(0), dayName(-1), dayName(-2)]));
  });

  it('should drop whole day partitions older than the retention and keep the newer ones', async () => {
    const app = await createApp(t);
    await waitForToken(t, app.collectorToken);
    await upload(t, app.collectorToken, [envelope('app_show', validProps(app.appid))]);
    // events received 5 and 2 days ago (the partitions a running server would have made then)
    for (const daysAgo of [5, 2]) {
      await db.query(`SELECT collector_events_ensure_partition((now() - $1 * interval '1 day')::date)`, [daysAgo]);
      await db.query(
        `INSERT INTO collector_events (received_at, app_id, type, props, valid)
         SELECT now() - $1 * interval '1 day', id, 'app_show', '{}', true FROM apps WHERE appid = $2`,
        [daysAgo, app.appid],
      );
    }
    expect(await storedEvents(t, app.appid)).toHaveLength(3);

    await t.app.get(PartitionJob).run();

    const parts = await t.app.get(PartitionJob).partitions.list();
    expect(parts).not.toContain(dayName(5));
    expect(parts).toEqual(expect.arrayContaining([dayName(2), dayName(0)]));
    expect(await storedEvents(t, app.appid)).toHaveLength(2);
  });

  it('should create the partition on demand when none exists for today', async () => {
    await db.query(`ALTER TABLE collector_events DETACH PARTITION "${dayName(0)}"`);
    await db.query(`DROP TABLE "${dayName(0)}"`);
    const app = await createApp(t);
    await waitForToken(t, app.collectorToken);
    const res = await upload(t, app.collectorToken, [envelope('app_show', validProps(app.appid))]);
    expect(res.body).toEqual({ code: 0, msg: 'ok' });
    expect(await storedEvents(t, app.appid)).toHaveLength(1);
  });
});
