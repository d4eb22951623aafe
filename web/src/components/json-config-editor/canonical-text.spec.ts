import { canonicalText } from './canonical-text';

describe(canonicalText.name, () => {
  it('should write two documents that differ only in key order identically', () => {
    const draft = { schemaVersion: 1, pages: [{ route: 'pages/a', id: 'a' }], presets: { page: true, app: true } };
    const stored = { pages: [{ id: 'a', route: 'pages/a' }], presets: { app: true, page: true }, schemaVersion: 1 };
    expect(canonicalText(draft)).toBe(canonicalText(stored));
    expect(canonicalText(draft).split('\n')[1]).toBe('  "pages": [');
  });

  it('should keep array order, which is meaningful (rule order)', () => {
    expect(canonicalText({ r: [2, 1] })).not.toBe(canonicalText({ r: [1, 2] }));
  });
});
