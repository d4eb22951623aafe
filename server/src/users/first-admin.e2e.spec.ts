import { Logger } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApp } from '../../test/test-app';

describe('first admin', () => {
  afterEach(() => jest.restoreAllMocks());

  it('should generate a password when none is configured, print it once, and store only its hash', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const t = await startTestApp({ env: { TRACKWAY_ADMIN_PASSWORD: '', TRACKWAY_ADMIN_USER: 'root-pm' } });
    try {
      const printed = warn.mock.calls.map(([m]) => m as { password?: string }).filter((m) => m?.password);
      expect(printed).toHaveLength(1);
      const password = printed[0].password!;
      await request(t.url).post('/api/auth/login').send({ username: 'root-pm', password }).expect(200);
      const rows: { password_hash: string }[] = await t.app.get(DataSource).query('SELECT password_hash FROM users');
      expect(rows).toHaveLength(1);
      expect(rows[0].password_hash).not.toContain(password);
      const dump: { t: string }[] = await t.app
        .get(DataSource)
        .query(`SELECT string_agg(value, ' ') AS t FROM settings`);
      expect(dump[0].t ?? '').not.toContain(password);
    } finally {
      await t.close();
    }
  });

  it('should not create or print anything on a later start', async () => {
    const first = await startTestApp();
    await first.app.close();
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const second = await startTestApp({ databaseUrl: first.databaseUrl, env: { TRACKWAY_ADMIN_PASSWORD: '' } });
    try {
      expect(warn.mock.calls.filter(([m]) => (m as { password?: string })?.password)).toEqual([]);
      await request(second.url)
        .post('/api/auth/login')
        .send({ username: 'admin', password: 'admin-password-1' })
        .expect(200);
    } finally {
      await second.close();
      await first.close().catch(() => undefined);
    }
  });
});
