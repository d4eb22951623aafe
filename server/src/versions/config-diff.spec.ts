import { diffConfigs } from './config-diff';

const base = {
  schemaVersion: 1,
  settings: { flushSize: 10 },
  pages: [
    {
      id: 'goods',
      route: 'pages/goods/detail',
      rules: [{ id: 'view', event: 'browse_wxapp_page', trigger: { kind: 'page', on: 'show' } }],
    },
  ],
  rules: [{ id: 'launch', event: 'app_launch', trigger: { kind: 'app', on: 'launch' } }],
  chan: [{ id: 'scene', field: 'chan_wxapp_scene', sources: ['{{ launch.scene }}'] }],
  variables: { lastOrder: { scope: 'run' } },
};

describe(diffConfigs.name, () => {
  it('should say two equal documents are identical, whatever their key order', () => {
    const { rules, ...others } = base;
    const reordered = { rules, ...others };
    const diff = diffConfigs(base, reordered);
    expect(diff.identical).toBe(true);
    expect(diff.rules).toEqual({ added: [], removed: [], changed: [] });
  });

  it('should list an added page rule by id with the page it sits on', () => {
    const next = structuredClone(base);
    next.pages[0].rules.push({
      id: 'tap-buy',
      event: 'browse_wxapp_page',
      trigger: { kind: 'page', on: 'load' },
    } as never);
    const diff = diffConfigs(base, next);
    expect(diff.rules.added).toEqual([
      { id: 'tap-buy', item: expect.objectContaining({ id: 'tap-buy', page: 'goods' }) },
    ]);
    expect(diff.pages).toEqual({ added: [], removed: [], changed: [] });
  });

  it('should name the changed fields of a rule, a chan rule and the settings', () => {
    const next = structuredClone(base);
    next.rules[0].trigger.on = 'show';
    next.chan[0].sources = ['{{ query.scene }}'];
    next.settings.flushSize = 20;
    const diff = diffConfigs(base, next);
    expect(diff.rules.changed).toEqual([
      { id: 'launch', fields: [{ field: 'trigger.on', before: 'launch', after: 'show' }] },
    ]);
    expect(diff.chan.changed[0].fields[0].field).toBe('sources');
    expect(diff.settings).toEqual([{ field: 'flushSize', before: 10, after: 20 }]);
  });

  it('should report a rule moved to another page as a change of its page', () => {
    const next = structuredClone(base);
    const moved = next.pages[0].rules.pop()!;
    next.rules.push(moved as never);
    const diff = diffConfigs(base, next);
    expect(diff.rules.changed).toEqual([{ id: 'view', fields: [{ field: 'page', before: 'goods', after: null }] }]);
  });

  it('should list removed pages, variables and chan rules', () => {
    const next = { schemaVersion: 1, settings: { flushSize: 10 } };
    const diff = diffConfigs(base, next);
    expect(diff.pages.removed.map((p) => p.id)).toEqual(['goods']);
    expect(diff.variables.removed.map((v) => v.id)).toEqual(['lastOrder']);
    expect(diff.chan.removed.map((c) => c.id)).toEqual(['scene']);
    expect(diff.rules.removed.map((r) => r.id).sort()).toEqual(['launch', 'view']);
  });
});
