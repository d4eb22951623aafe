import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { adminToken, bearer, createApp, loginAs, publish, sampleConfig, saveDraft } from '../../test/factories';

describe('audit API', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('should list every change of an app with actor, time and summary, newest first', async () => {
    const app = await createApp(t);
    const editor = await loginAs(t, 'editor');
    await saveDraft(t, app.appid, sampleConfig(), editor.token);
    await publish(t, app.appid, 'go live');
    const auth = bearer(await adminToken(t));
    await request(t.url).post(`/api/apps/${app.appid}/data-api-secret`).set(auth).expect(200);
    await request(t.url).patch(`/api/apps/${app.appid}`).set(auth).send({ name: 'Renamed' }).expect(200);

    const res = await request(t.url).get(`/api/apps/${app.appid}/audit`).set(editor.auth).expect(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual([
      'app.update',
      'app.rotate_secret',
      'version.publish',
      'draft.save',
      'app.create',
    ]);
    const save = res.body.items[3];
    expect(save.actor).toBe(editor.username);
    expect(Date.parse(save.createdAt)).not.toBeNaN();
    expect(res.body.items[2].summary).toMatch(/version 1.*go live/);
  });

  it('should show user and role changes to admins in the account audit', async () => {
    const admin = bearer(await adminToken(t));
    const created = await request(t.url)
      .post('/api/users')
      .set(admin)
      .send({ username: 'audited-user', password: 'a-long-password', role: 'viewer' })
      .expect(201);
    await request(t.url).patch(`/api/users/${created.body.id}`).set(admin).send({ role: 'editor' }).expect(200);

    const res = await request(t.url).get('/api/audit').set(admin).expect(200);
    const mine = res.body.items.filter((e: { summary: string }) => e.summary.includes('audited-user'));
    expect(mine.map((e: { action: string }) => e.action).slice(0, 2)).toEqual(['user.update', 'user.create']);
    expect(mine[0].actor).toBe('admin');

    const viewer = await loginAs(t, 'viewer');
    await request(t.url).get('/api/audit').set(viewer.auth).expect(403);
  });

  it('should page through the audit with limit and before', async () => {
    const app = await createApp(t);
    for (let i = 0; i < 3; i++) await saveDraft(t, app.appid, { ...sampleConfig(), description: `r${i}` });
    const auth = bearer(await adminToken(t));
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const res: request.Response = await request(t.url)
        .get(`/api/apps/${app.appid}/audit?limit=2${before ? `&before=${before}` : ''}`)
        .set(auth)
        .expect(200);
      seen.push(...res.body.items.map((e: { action: string }) => e.action));
      before = res.body.nextBefore;
    } while (before);
    expect(seen).toEqual(['draft.save', 'draft.save', 'draft.save', 'app.create']);
  });

  it("should write every summary in English and Chinese, so the audit page shows the reader's language", async () => {
    const app = await createApp(t, { name: 'Shop' });
    await saveDraft(t, app.appid, sampleConfig());
    await publish(t, app.appid, '上线');
    const auth = bearer(await adminToken(t));
    await request(t.url).post(`/api/apps/${app.appid}/data-api-secret`).set(auth).expect(200);
    await request(t.url).patch(`/api/apps/${app.appid}`).set(auth).send({ name: '商城' }).expect(200);
    await request(t.url).post(`/api/apps/${app.appid}/archive`).set(auth).expect(200);

    const res = await request(t.url).get(`/api/apps/${app.appid}/audit`).set(auth).expect(200);
    const zh = res.body.items.map((e: { summary: string }) => e.summary.split(' / ')[1]);
    expect(zh).toEqual([
      `归档应用 ${app.appid}`,
      `修改应用 ${app.appid}：名称「Shop」→「商城」`,
      `重置了 ${app.appid} 的数据接口密钥`,
      '发布版本 v1：上线',
      '保存草稿（第 2 次修改）',
      `添加应用 ${app.appid}「Shop」`,
    ]);
  });
});
