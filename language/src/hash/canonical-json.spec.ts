import fc from 'fast-check';
import { canonicalJson } from './canonical-json';

function shuffleKeys(v: unknown, rnd: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, rnd));
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort(() => rnd() - 0.5);
    return Object.fromEntries(keys.map((k) => [k, shuffleKeys((v as Record<string, unknown>)[k], rnd)]));
  }
  return v;
}

describe(canonicalJson.name, () => {
  it('should sort keys by UTF-16 code units and write no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: null, c: 'x' }], B: true, é: 0, '😀': 1, ｚ: 2 })).toBe(
      '{"B":true,"a":[3,{"c":"x","d":null}],"b":1,"é":0,"😀":1,"ｚ":2}',
    );
  });

  it('should drop undefined members, write null for non-finite numbers and holes in arrays', () => {
    expect(canonicalJson({ a: undefined, b: NaN, c: [undefined, Infinity, 1e21, -0, 0.1] })).toBe(
      '{"b":null,"c":[null,null,1e+21,0,0.1]}',
    );
    expect(canonicalJson(undefined)).toBeUndefined();
  });

  it('should return undefined for a cycle instead of throwing', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(canonicalJson(a)).toBeUndefined();
  });

  it('should parse back to the same value as JSON.stringify', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => expect(JSON.parse(canonicalJson(v)!)).toEqual(JSON.parse(JSON.stringify(v)))),
    );
  });

  it('should be stable under key reordering', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (v, seed) => {
        let s = seed;
        const rnd = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
        return canonicalJson(shuffleKeys(v, rnd)) === canonicalJson(v);
      }),
    );
  });
});
