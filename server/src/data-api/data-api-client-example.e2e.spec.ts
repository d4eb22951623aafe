import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { createApp } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '../../../examples/data-api-client.mjs');

// docs/data-api.md points merchants at this script: it must keep working against the real server.
describe('examples/data-api-client.mjs', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('should sign and send an order, a summary and a page visit that the server stores', async () => {
    const app = await createApp(t);
    const { stdout } = await run(process.execPath, [SCRIPT], {
      env: { ...process.env, TRACKWAY_URL: t.url, APP_ID: app.appid, APP_SECRET: app.dataApiSecret },
    });
    expect(stdout.match(/retcode 0 ok/g)).toHaveLength(3);
    const ds = t.app.get(DataSource);
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM data_api_orders o WHERE o.app_id = a.id)::int AS orders,
              (SELECT count(*) FROM data_api_order_sums s WHERE s.app_id = a.id)::int AS sums,
              (SELECT count(*) FROM data_api_visit_pages v WHERE v.app_id = a.id)::int AS pages
         FROM apps a WHERE a.appid = $1`,
      [app.appid],
    );
    expect(counts).toEqual({ orders: 1, sums: 1, pages: 2 });
  });

  it('should exit non-zero when the server refuses the signature', async () => {
    const app = await createApp(t);
    await expect(
      run(process.execPath, [SCRIPT], {
        env: { ...process.env, TRACKWAY_URL: t.url, APP_ID: app.appid, APP_SECRET: 'wrong' },
      }),
    ).rejects.toMatchObject({ code: 1 });
  });
});
