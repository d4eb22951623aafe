import { precompileExpr } from './precompile-expr';
import { runExpr } from './run-expr';

// What the mini-program evaluates: the server's precompiled form after its trip through JSON.
const delivered = (expr: unknown, scope: Record<string, unknown> = {}) =>
  runExpr(JSON.parse(JSON.stringify(precompileExpr(expr))), scope);

/** `levels` arrays around `leaf`: the leaf sits at that nesting depth. */
const nest = (levels: number, leaf: unknown): unknown => (levels ? [nest(levels - 1, leaf)] : leaf);
const innermost = (v: unknown): unknown => (Array.isArray(v) ? innermost(v[0]) : v);

describe(precompileExpr.name, () => {
  it('should give templates their values after the trip through JSON: a lone placeholder as it is, text with placeholders as text', () => {
    const scope = { goods: { price: 1999, tags: ['a', 'b'] }, n: 2.345 };
    expect(delivered('{{goods.price}}', scope)).toBe(1999);
    expect(delivered('{{goods.tags}}', scope)).toEqual(['a', 'b']);
    expect(delivered('{{goods.tags}}!', scope)).toBe('["a","b"]!');
    expect(delivered('¥{{goods.price | yuan}} ({{n | round:1}})', scope)).toBe('¥19.99 (2.3)');
    expect(delivered('{{goods.missing | default:"无"}}', scope)).toBe('无');
  });

  it('should keep a filter without an argument from receiving null (JSON has no undefined)', () => {
    expect(delivered('{{missing | default}}')).toBeUndefined();
    expect(delivered({ shown: '{{missing | default}}', kept: 1 })).toEqual({ kept: 1 });
  });

  it('should leave absent operator members undefined, not null', () => {
    expect(delivered({ $if: { cond: true } })).toBeUndefined();
    expect(delivered({ $if: { cond: false, then: 1, else: null } })).toBeNull();
    expect(delivered({ $lookup: { value: 'z', table: { a: 1 } } })).toBeUndefined();
    expect(delivered({ $round: [1.26] })).toBe(1);
  });

  it('should keep literals literal: $const, $lookup tables and $match patterns', () => {
    expect(delivered({ $const: '{{x}}' }, { x: 1 })).toBe('{{x}}');
    expect(delivered({ $lookup: { value: '{{k}}', table: { a: '{{x}}' } } }, { k: 'a', x: 1 })).toBe('{{x}}');
    expect(delivered({ $match: ['{{code}}', '^A\\d+$'] }, { code: 'A12' })).toBe(true);
    expect(delivered({ $match: ['{{code}}', '('] }, { code: 'A12' })).toBe(false);
  });

  it('should run every operator form on its precompiled arguments', () => {
    const scope = {
      items: [
        { sku: { id: 's1' }, n: 2 },
        { sku: { id: 's2' }, n: 3 },
      ],
      want: 's2',
    };
    expect(delivered({ $find: { in: '{{items}}', where: { 'sku.id': '{{want}}' } } }, scope)).toEqual(scope.items[1]);
    expect(delivered({ $sum: { in: '{{items}}', of: '{{item.n}}' } }, scope)).toBe(5);
    expect(delivered({ $sum: { in: [1, 2.5] } })).toBe(3.5);
    expect(delivered({ $map: { from: '{{items}}', to: '{{item.sku.id}}' } }, scope)).toEqual(['s1', 's2']);
    expect(delivered({ $ref: 'items[1].sku.id' }, scope)).toBe('s2');
    expect(delivered({ $and: [{ $gt: ['{{items[1].n}}', 2] }, { $in: ['{{want}}', ['s1', 's2']] }] }, scope)).toBe(
      true,
    );
  });

  it('should evaluate what is no operator of the language to undefined', () => {
    expect(delivered({ $nope: 1 })).toBeUndefined();
    expect(delivered({ $t: ['x'] })).toBeUndefined();
    expect(delivered('{{ bad path }}')).toBeUndefined();
  });

  it('should give a mapping key named __proto__ no prototype of its choosing', () => {
    const out = delivered(JSON.parse('{"__proto__": {"polluted": "{{x}}"}, "a": 1}'), { x: 1 }) as object;
    expect(out).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should stop at the same depth as before: a value 64 levels down is read, one 65 levels down is not', () => {
    expect(innermost(delivered(nest(64, 'a{{x}}'), { x: 1 }))).toBe('a1');
    expect(innermost(delivered(nest(64, '{{x}}'), { x: 1 }))).toBe(1);
    expect(innermost(delivered(nest(65, '{{x}}'), { x: 1 }))).toBeUndefined();
  });
});
