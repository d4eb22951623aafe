import { checkConfigShape } from './check-config-shape';
import { compileConfig } from './compile-config';

describe(checkConfigShape.name, () => {
  it('should accept a config the runtime can walk', () => {
    expect(checkConfigShape({ schemaVersion: 1 })).toBeNull();
    expect(
      checkConfigShape({
        schemaVersion: 1,
        pages: [{ id: 'p', route: 'pages/a', rules: [{ id: 'r', trigger: { kind: 'page', on: 'show' } }] }],
        rules: [],
        chan: [{ id: 'c', field: 'guide_id', sources: [] }],
        variables: {},
        propagate: [],
      }),
    ).toBeNull();
  });

  it.each([
    [null, 'no_object'],
    [[], 'no_object'],
    [{ schemaVersion: 2 }, 'version'],
    [{ schemaVersion: 1, presets: [] }, 'no_object presets'],
    [{ schemaVersion: 1, settings: 'x' }, 'no_object settings'],
    [{ schemaVersion: 1, pages: {} }, 'no_array pages'],
    [{ schemaVersion: 1, propagate: { url: 'x' } }, 'no_array propagate'],
  ])('should name what is wrong in %j with a reason code', (doc, reason) => {
    expect(checkConfigShape(doc)).toBe(reason);
  });

  it('should leave malformed items to compileConfig, which leaves them out as problems', () => {
    const doc = { schemaVersion: 1, pages: [{ id: 'p' }], rules: [{ id: 'r', trigger: {} }] };
    expect(checkConfigShape(doc)).toBeNull();
    expect(compileConfig(doc as never).problems).toEqual([
      { id: 'r', reason: 'bad_kind' },
      { id: 'p', reason: 'bad_route' },
    ]);
  });
});
