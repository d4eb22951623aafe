import * as http from 'node:http';
import request from 'supertest';
import { adminToken, bearer, createApp, type CreatedApp } from '../../../test/factories';
import { envelope, upload, validProps, waitForToken } from '../../../test/collector-uploads';
import { startTestApp, type TestApp } from '../../../test/test-app';

interface Stream {
  status: number;
  events: { type: string; session: string | null; ruleId: string | null; valid: boolean; receivedAt: string }[];
  next(count: number): Promise<void>;
  close(): void;
}

/** A minimal EventSource: GET, then every `data:` line of an `events` message appended to `events`. */
function openStream(url: string, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const stream: Stream = {
        status: res.statusCode!,
        events: [],
        next: (count) =>
          new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`only ${stream.events.length} events`)), 5000);
            const check = () => {
              if (stream.events.length < count) return;
              clearTimeout(timer);
              res.off('data', later);
              done();
            };
            const later = () => setImmediate(check);
            res.on('data', later);
            check();
          }),
        close: () => req.destroy(),
      };
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = message.split('\n').find((l) => l.startsWith('data: '));
          if (data) stream.events.push(...JSON.parse(data.slice(6)));
          if (message.includes(': connected')) resolve(stream);
        }
      });
      if (res.statusCode !== 200) resolve(stream);
    });
    req.on('error', reject);
  });
}

describe('GET /api/apps/:appid/live', () => {
  let a: TestApp;
  let b: TestApp;
  let app: CreatedApp;
  let token: string;

  beforeAll(async () => {
    a = await startTestApp();
    // a second instance on the same database, as behind a load balancer
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    app = await createApp(a);
    token = await adminToken(a);
    await waitForToken(a, app.collectorToken);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const debugEvent = (session: string, ruleId: string) =>
    envelope('search', validProps(app.appid, { keyword: 'x', trackway: { session, version: 2, rule_id: ruleId } }));

  it('should stream an upload received by another instance in under a second, filtered by session', async () => {
    const stream = await openStream(`${b.url}/api/apps/${app.appid}/live?session=s-1&access_token=${token}`);
    expect(stream.status).toBe(200);
    try {
      const sent = Date.now();
      const res = await upload(a, app.collectorToken, [
        debugEvent('s-1', 'r-search'),
        debugEvent('s-2', 'r-other'),
        envelope('app_show', { page: 'p' }, { props: { trackway: { session: 's-1', version: 2, rule_id: 'x' } } }),
      ]);
      expect(res.body.code).toBe(0);
      await stream.next(2);
      const elapsed = Date.now() - sent;
      expect(stream.events.map((e) => [e.type, e.session, e.ruleId, e.valid])).toEqual([
        ['search', 's-1', 'r-search', true],
        ['app_show', 's-1', 'x', false],
      ]);
      expect(elapsed).toBeLessThan(1000);
    } finally {
      stream.close();
    }
  });

  it('should filter by event and accept the bearer header as well', async () => {
    const stream = await openStream(`${a.url}/api/apps/${app.appid}/live?event=app_show`, bearer(token));
    try {
      await upload(b, app.collectorToken, [debugEvent('s-3', 'r-1'), envelope('app_show', validProps(app.appid))]);
      await stream.next(1);
      expect(stream.events.map((e) => e.type)).toEqual(['app_show']);
    } finally {
      stream.close();
    }
  });

  it('should refuse a viewer without a valid token', async () => {
    const none = await openStream(`${a.url}/api/apps/${app.appid}/live`);
    const forged = await openStream(`${a.url}/api/apps/${app.appid}/live?access_token=forged.token.value`);
    expect([none.status, forged.status]).toEqual([401, 401]);
    none.close();
    forged.close();
  });

  it('should give the newest events of a session, oldest first, for the live page to fill itself', async () => {
    const other = await createApp(a);
    await waitForToken(a, other.collectorToken);
    const ev = (s: string, r: string) =>
      envelope('search', validProps(other.appid, { keyword: r, trackway: { session: s, version: 1, rule_id: r } }));
    await upload(a, other.collectorToken, [ev('s-9', 'r1'), ev('s-8', 'r2'), ev('s-9', 'r3'), ev('s-9', 'r4')]);
    const res = await request(a.url)
      .get(`/api/apps/${other.appid}/events?session=s-9&limit=2`)
      .set(bearer(token))
      .expect(200);
    expect(res.body.events.map((e: { ruleId: string }) => e.ruleId)).toEqual(['r3', 'r4']);
    expect(res.body.events[0]).toMatchObject({ type: 'search', page: 'pages/index/index', configVersion: 1 });
    const bad = await request(a.url).get(`/api/apps/${other.appid}/events?limit=5000`).set(bearer(token));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/limit/);
  });
});
