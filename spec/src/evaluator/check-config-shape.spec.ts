import { checkConfigShape } from './check-config-shape';

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
      }),
    ).toBeNull();
  });

  it.each([
    [null, 'config is not an object'],
    [{ schemaVersion: 2 }, 'schemaVersion is not 1'],
    [{ schemaVersion: 1, presets: [] }, 'presets is not an object'],
    [{ schemaVersion: 1, pages: {} }, 'pages is not an array'],
    [{ schemaVersion: 1, pages: [{ id: 'p' }] }, 'pages[0] is malformed'],
    [{ schemaVersion: 1, pages: [{ route: 'a', rules: [{ id: 'r' }] }] }, 'pages.rules[0] is malformed'],
    [{ schemaVersion: 1, rules: [{ id: 'r', trigger: {} }] }, 'rules[0] is malformed'],
    [{ schemaVersion: 1, user: [{ field: 'union_id' }] }, 'user[0] is malformed'],
  ])('should name what is wrong in %j', (doc, reason) => {
    expect(checkConfigShape(doc)).toBe(reason);
  });
});
