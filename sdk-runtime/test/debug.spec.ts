import { createTestApp, type TestApp } from './host';

describe('debug', () => {
  let t: TestApp;
  afterEach(() => t.done());

  it('should tag every event with the session, config version and rule id when launched with trackway_debug', async () => {
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true });
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    t.host.page('pages/index/index', {});
    t.host.launch({ path: 'pages/index/index', query: { trackway_debug: 's-42' } });
    await t.events();
    // besides the events, the session's inventory (inventory.spec.ts)
    const events = t.receiver.events.filter((e) => e.type !== 'trackway_inventory');
    expect(events.map((e) => e.props.trackway)).toEqual([
      { session: 's-42', version: 1, rule_id: 'preset.app_launch' },
      { session: 's-42', version: 1, rule_id: 'preset.app_show' },
      { session: 's-42', version: 1, rule_id: 'preset.browse_wxapp_page' },
    ]);
    expect(log.mock.calls.map((c) => c.join(' '))).toContainEqual(expect.stringContaining('preset.app_launch emitted'));
    log.mockRestore();
  });

  it('should copy events to the report URL with sr, while sr gets them without the debug tag', async () => {
    const tracked: Record<string, unknown>[] = [];
    const sr = { option: { trackApp: false }, track: (_: string, p: Record<string, unknown>) => void tracked.push(p) };
    t = createTestApp({ config: { schemaVersion: 1 }, cached: true, init: { sr, debug: 'dev' } });
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    t.host.page('pages/index/index', {});
    t.host.launch({ path: 'pages/index/index' });
    await t.events();
    expect(tracked.length).toBe(3);
    expect(tracked.every((p) => !('trackway' in p))).toBe(true);
    const events = t.receiver.events.filter((e) => e.type !== 'trackway_inventory');
    expect(events.map((e) => e.props.trackway.session)).toEqual(['dev', 'dev', 'dev']);
    jest.restoreAllMocks();
  });
});
