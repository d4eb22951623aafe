import { createTestApp, type TestApp } from './host';

const manyTaps = {
  schemaVersion: 1 as const,
  presets: { app: false, page: false },
  settings: { flushSize: 5, flushIntervalMs: 2000, queueCap: 30, maxRetries: 2 },
  rules: [
    {
      id: 'tap',
      event: 'search' as const,
      trigger: { kind: 'method' as const, method: 'find' },
      props: { keyword: '{{event.detail.value}}' },
    },
  ],
};

describe('reporter', () => {
  let t: TestApp;
  afterEach(() => t.done());

  const start = (storage?: Record<string, unknown>) => {
    t = createTestApp({ config: manyTaps, cached: true, storage });
    t.host.page('pages/index/index', { find() {} });
    t.host.launch({ path: 'pages/index/index' });
  };
  const taps = (n: number, from = 0) => {
    for (let i = from; i < from + n; i++) t.host.call('find', { type: 'confirm', detail: { value: 'k' + i } });
  };
  const keywords = () => t.receiver.events.map((e) => e.props.keyword);

  it('should send a batch as soon as flushSize events are queued, and the rest after flushIntervalMs', async () => {
    start();
    taps(7);
    await t.host.settle();
    expect(t.receiver.batches.map((b) => b.length)).toEqual([5]);
    await t.host.advance(1999);
    expect(t.receiver.batches.length).toBe(1);
    await t.host.advance(1);
    expect(t.receiver.batches.map((b) => b.length)).toEqual([5, 2]);
    expect(t.receiver.events.map((e) => e.log_id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(t.host.storage.get('tw_queue')).toBe('');
  });

  it('should keep events in storage while the receiver is down and deliver them all once it is back', async () => {
    start();
    t.receiver.mode = 'error500';
    taps(3);
    await t.host.advance(2000);
    expect((t.host.storage.get('tw_queue') as unknown[]).length).toBe(3);
    t.receiver.mode = 'up';
    await t.host.advance(1000);
    expect(keywords()).toEqual(['k0', 'k1', 'k2']);
  });

  it('should stop after maxRetries with backoff and send the kept events on the next launch', async () => {
    start();
    t.receiver.mode = 'down';
    taps(2);
    await t.host.advance(60000);
    expect(t.receiver.attempts).toBe(3);
    const kept = t.host.storage.get('tw_queue');
    t.done();
    start({ tw_queue: kept });
    taps(1, 2);
    await t.events();
    expect(keywords()).toEqual(['k0', 'k1', 'k2']);
  });

  it('should resume sending on the next app show after giving up', async () => {
    start();
    t.receiver.mode = 'badCode';
    taps(1);
    await t.host.advance(60000);
    t.receiver.mode = 'up';
    t.host.hide();
    t.host.show();
    await t.host.settle();
    expect(keywords()).toEqual(['k0']);
  });

  it('should cap the queue, dropping the oldest events', async () => {
    start();
    t.receiver.mode = 'down';
    taps(40);
    await t.host.advance(60000);
    t.receiver.mode = 'up';
    t.host.hide();
    t.host.show();
    await t.events();
    expect(keywords()).toEqual(Array.from({ length: 30 }, (_, i) => 'k' + (i + 10)));
  });

  it('should not send an event twice when storage holds it twice', async () => {
    start();
    t.receiver.mode = 'down';
    taps(1);
    await t.host.advance(60000);
    const kept = t.host.storage.get('tw_queue') as unknown[];
    t.done();
    start({ tw_queue: kept.concat(kept) });
    await t.events();
    expect(keywords()).toEqual(['k0']);
  });

  it('should flush at once when the app goes to the background', async () => {
    start();
    taps(1);
    t.host.hide();
    await t.host.settle();
    expect(keywords()).toEqual(['k0']);
  });
});
