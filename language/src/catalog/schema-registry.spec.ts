import { EVENT_SCHEMAS, INTERFACE_SCHEMAS, SHARED_SCHEMAS } from './schema-registry';

function descriptions(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => descriptions(n, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') found.push(value);
      else descriptions(value, found);
    }
  }
  return found;
}

const ALL = [...SHARED_SCHEMAS, ...Object.values(EVENT_SCHEMAS), ...Object.values(INTERFACE_SCHEMAS)];

describe('catalog JSON Schemas', () => {
  it('should all be draft 2020-12 documents with a unique $id', () => {
    expect(ALL.every((s) => s.$schema === 'https://json-schema.org/draft/2020-12/schema')).toBe(true);
    expect(new Set(ALL.map((s) => s.$id)).size).toBe(ALL.length);
  });

  // The web editor shows these descriptions; each must read "中文 / English".
  it('should describe every field in Chinese and English', () => {
    const bad = ALL.flatMap((s) => descriptions(s)).filter((d) => {
      const cut = d.indexOf(' / ');
      return cut < 0 || !/\p{Script=Han}/u.test(d.slice(0, cut)) || !/[A-Za-z]{3}/.test(d.slice(cut + 3));
    });
    expect(bad).toEqual([]);
  });
});
