import { FILTERS } from './filters';

const f = (name: string, v: unknown, arg?: unknown) => FILTERS[name](v, arg);

describe('FILTERS', () => {
  it('should convert between fen and yuan without float noise', () => {
    expect(f('yuan', 1999)).toBe(19.99);
    expect(f('yuan', '59800')).toBe(598);
    expect(f('fen', 19.99)).toBe(1999);
    expect(f('fen', '0.07')).toBe(7);
    expect(f('yuan', 'abc')).toBeUndefined();
  });

  it('should convert types, yielding undefined when a value cannot convert', () => {
    expect(f('num', ' 12.5 ')).toBe(12.5);
    expect(f('num', '')).toBeUndefined();
    expect(f('int', '1037')).toBe(1037);
    expect(f('int', -2.7)).toBe(-2);
    expect(f('str', 42)).toBe('42');
    expect(f('str', { a: 1 })).toBe('{"a":1}');
    expect(f('str', undefined)).toBeUndefined();
    expect(f('bool', 'false')).toBe(false);
    expect(f('bool', 1)).toBe(true);
    expect(f('bool', 'maybe')).toBeUndefined();
  });

  it('should read dates as China time unless they carry a zone, and seconds as ms', () => {
    expect(f('ms', '2024-05-01 10:05:00')).toBe(Date.UTC(2024, 4, 1, 2, 5, 0));
    expect(f('ms', '2024/05/01')).toBe(Date.UTC(2024, 3, 30, 16, 0, 0));
    expect(f('ms', '2024-05-01T10:05:00.250Z')).toBe(Date.UTC(2024, 4, 1, 10, 5, 0, 250));
    expect(f('ms', '2024-05-01T10:05:00-05:00')).toBe(Date.UTC(2024, 4, 1, 15, 5, 0));
    expect(f('ms', 1714529100)).toBe(1714529100000);
    expect(f('ms', '1714529100000')).toBe(1714529100000);
    expect(f('ms', 'yesterday')).toBeUndefined();
  });

  it('should handle text and lists', () => {
    expect(f('default', '', 'x')).toBe('x');
    expect(f('default', 0, 'x')).toBe(0);
    expect(f('len', [1, 2])).toBe(2);
    expect(f('len', { a: 1 })).toBe(1);
    expect(f('first', ['a', 'b'])).toBe('a');
    expect(f('last', ['a', 'b'])).toBe('b');
    expect(f('upper', 'ab')).toBe('AB');
    expect(f('lower', 'AB')).toBe('ab');
    expect(f('trim', ' a ')).toBe('a');
    expect(f('split', 'a|b', '|')).toEqual(['a', 'b']);
    expect(f('join', ['a', 'b'])).toBe('a,b');
    expect(f('keys', { a: 1, b: 2 })).toEqual(['a', 'b']);
    expect(f('values', { a: 1, b: 2 })).toEqual([1, 2]);
    expect(f('round', 1.005, 2)).toBe(1.01);
    expect(f('round', 2.5)).toBe(3);
  });

  it('should parse JSON text and keep values that are already parsed', () => {
    expect(f('parse', '{"a":[1]}')).toEqual({ a: [1] });
    expect(f('parse', '{oops')).toBeUndefined();
    expect(f('parse', { a: 1 })).toEqual({ a: 1 });
    expect(f('json', { b: 1 })).toBe('{"b":1}');
  });
});
