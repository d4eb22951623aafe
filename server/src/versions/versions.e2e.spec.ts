import request from 'supertest';
import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createApp, loginAs, publish, sampleConfig, saveDraft, type LoggedIn } from '../../test/factories';

describe('versions API', () => {
  let t: TestApp;
  let publisher: LoggedIn;
  beforeAll(async () => {
    t = await startTestApp();
    publisher = await loginAs(t, 'publisher');
  });
  afterAll(() => t.close());

  it('should publish the draft as version 1 with the sha256 of its canonical JSON', async () => {
    const app = await createApp(t);
    await saveDraft(t, app.appid, sampleConfig());
    const res = await request(t.url)
      .post(`/api/apps/${app.appid}/versions`)
      .set(publisher.auth)
      .send({ message: 'first' })
      .expect(201);
    expect(res.body).toMatchObject({ number: 1, message: 'first', author: publisher.username });
    const one = await request(t.url).get(`/api/apps/${app.appid}/versions/1`).set(publisher.auth).expect(200);
    expect(one.body.content).toEqual(sampleConfig());
    // Keys sorted, no blanks: the bytes the delivery endpoint serves and the runtime hashes.
    const canonical = JSON.stringify(one.body.content, Object.keys(flatKeys(one.body.content)).sort());
    expect(res.body.hash).toBe(createHash('sha256').update(canonical).digest('hex'));
    expect(res.body.sizeBytes).toBe(Buffer.byteLength(canonical));
  });

  it('should refuse to publish an invalid draft with 422 invalid_config and its errors', async () => {
    const app = await createApp(t);
    await saveDraft(t, app.appid, { schemaVersion: 1, rules: [{ id: 'x', event: 'nope' }] });
    const res = await request(t.url).post(`/api/apps/${app.appid}/versions`).set(publisher.auth).send({}).expect(422);
    expect(res.body.code).toBe('invalid_config');
    expect(res.body.errors.length).toBeGreaterThan(0);
    const list = await request(t.url).get(`/api/apps/${app.appid}/versions`).set(publisher.auth).expect(200);
    expect(list.body.items).toEqual([]);
  });

  it('should number 20 concurrent publishes 1..20 with no gap and no duplicate', async () => {
    const app = await createApp(t);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(t.url)
          .post(`/api/apps/${app.appid}/versions`)
          .set(publisher.auth)
          .send({ message: `p${i}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => r.body.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('should list versions newest first without content, page by page', async () => {
    const app = await createApp(t);
    for (let i = 0; i < 3; i++) await publish(t, app.appid, `v${i + 1}`);
    const first = await request(t.url).get(`/api/apps/${app.appid}/versions?limit=2`).set(publisher.auth).expect(200);
    expect(first.body.items.map((v: { number: number }) => v.number)).toEqual([3, 2]);
    expect(first.body.items[0].content).toBeUndefined();
    const next = await request(t.url)
      .get(`/api/apps/${app.appid}/versions?limit=2&before=${first.body.nextBefore}`)
      .set(publisher.auth)
      .expect(200);
    expect(next.body.items.map((v: { number: number }) => v.number)).toEqual([1]);
    expect(next.body.nextBefore).toBeNull();
  });

  it('should show an added rule by id in the diff, with both documents', async () => {
    const app = await createApp(t);
    await saveDraft(t, app.appid, sampleConfig());
    await publish(t, app.appid);
    await saveDraft(t, app.appid, sampleConfig('tap-buy'));
    await publish(t, app.appid);
    const res = await request(t.url).get(`/api/apps/${app.appid}/versions/1/diff/2`).set(publisher.auth).expect(200);
    expect(res.body.changes.rules.added.map((r: { id: string }) => r.id)).toEqual(['tap-buy']);
    expect(res.body.changes.rules.added[0].item.page).toBe('goods');
    expect(res.body.changes.identical).toBe(false);
    expect(res.body.from.number).toBe(1);
    expect(res.body.to.content).toEqual(sampleConfig('tap-buy'));
  });

  it('should answer 404 version_not_found and 400 for a non-numeric version', async () => {
    const app = await createApp(t);
    const missing = await request(t.url).get(`/api/apps/${app.appid}/versions/7`).set(publisher.auth).expect(404);
    expect(missing.body.code).toBe('version_not_found');
    const bad = await request(t.url).get(`/api/apps/${app.appid}/versions/abc`).set(publisher.auth).expect(400);
    expect(bad.body.errors[0].field).toBe('n');
  });

  it('should not let an editor publish (403)', async () => {
    const app = await createApp(t);
    const editor = await loginAs(t, 'editor');
    await request(t.url).post(`/api/apps/${app.appid}/versions`).set(editor.auth).send({}).expect(403);
  });
});

/** Every key used anywhere in a JSON value, for JSON.stringify's replacer (which then sorts at every level). */
function flatKeys(v: unknown, out: Record<string, true> = {}): Record<string, true> {
  if (Array.isArray(v)) v.forEach((x) => flatKeys(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out[k] = true;
      flatKeys(x, out);
    }
  }
  return out;
}
