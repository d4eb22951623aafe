import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { sortedJson } from './sorted-json';

describe(sortedJson.name, () => {
  it('should print values equal but for their key order the same', () => {
    expect(sortedJson({ b: 1, a: [3, { d: null, c: 'x' }] })).toBe('{"a":[3,{"c":"x","d":null}],"b":1}');
    expect(sortedJson({ a: [3, { c: 'x', d: null }], b: 1 })).toBe(sortedJson({ b: 1, a: [3, { d: null, c: 'x' }] }));
  });

  it("should be canonicalJson's text but for integer keys, which every engine lists first", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        if (!/"\d+":/.test(text)) expect(sortedJson(v)).toBe(canonicalJson(v));
        expect(JSON.parse(sortedJson(v)!)).toEqual(JSON.parse(text));
      }),
    );
    expect(sortedJson({ b: 1, 10: 'a', 2: 'c' })).toBe('{"2":"c","10":"a","b":1}');
  });

  it('should keep a __proto__ key as a member and honour toJSON', () => {
    expect(sortedJson(JSON.parse('{"__proto__":{"x":1},"a":0}'))).toBe('{"__proto__":{"x":1},"a":0}');
    expect(sortedJson({ at: new Date(0), f: () => 1, u: undefined })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
  });

  it('should return undefined for a cycle or a top-level function instead of throwing', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(sortedJson(a)).toBeUndefined();
    expect(sortedJson(() => 1)).toBeUndefined();
  });
});
