import request from 'supertest';
import { createTestDatabase } from '../test/test-database';
import { startTestApp } from '../test/test-app';
import { AppsService } from './apps/apps.service';
import { bearer, createApp, loginAs, publish, sampleConfig, saveDraft, TEST_ADMIN } from '../test/factories';

describe('restart', () => {
  it('should keep users, apps, drafts, versions, audit and login tokens across a restart on the same database', async () => {
    const db = await createTestDatabase();
    try {
      const first = await startTestApp({ databaseUrl: db.url });
      const app = await createApp(first);
      const editor = await loginAs(first, 'editor');
      await saveDraft(first, app.appid, sampleConfig('kept-rule'));
      const v1 = await publish(first, app.appid, 'before restart');
      await first.close();

      const second = await startTestApp({ databaseUrl: db.url });
      try {
        // The JWT secret is kept in the database, so a token from before the restart still works.
        await request(second.url).get('/api/auth/me').set(editor.auth).expect(200);
        const token = (await request(second.url).post('/api/auth/login').send(TEST_ADMIN).expect(200)).body.token;
        const draft = await request(second.url).get(`/api/apps/${app.appid}/draft`).set(bearer(token)).expect(200);
        expect(draft.body.config).toEqual(sampleConfig('kept-rule'));
        const v = await request(second.url).get(`/api/apps/${app.appid}/versions/1`).set(bearer(token)).expect(200);
        expect(v.body.hash).toBe(v1.hash);
        const audit = await request(second.url).get(`/api/apps/${app.appid}/audit`).set(bearer(token)).expect(200);
        expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('version.publish');
        // The data API secret is still decryptable: the key is kept too.
        expect(await second.app.get(AppsService).getDataApiSecret(app.appid)).toBe(app.dataApiSecret);
        const users = await request(second.url).get('/api/users').set(bearer(token)).expect(200);
        expect(users.body.filter((u: { role: string }) => u.role === 'admin')).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      await db.drop();
    }
  });
});
