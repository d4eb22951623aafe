import { evaluate } from './evaluate';

const scope = {
  data: {
    goods: {
      price: 1999,
      name: '跑鞋',
      tags: ['new', 'hot'],
      list: [
        { id: 1, n: 2 },
        { id: 2, n: 3 },
      ],
    },
    empty: [],
  },
  query: { id: '2' },
  storage: (key: string) => (key === 'shop' ? { id: 'SH01' } : undefined),
};

describe(evaluate.name, () => {
  it('should return constants as they are', () => {
    expect(evaluate(3, scope)).toBe(3);
    expect(evaluate(false, scope)).toBe(false);
    expect(evaluate(null, scope)).toBeNull();
    expect(evaluate('plain text', scope)).toBe('plain text');
  });

  it('should keep the raw value of a template that is one placeholder', () => {
    expect(evaluate('{{data.goods.price}}', scope)).toBe(1999);
    expect(evaluate('{{ data.goods.tags }}', scope)).toEqual(['new', 'hot']);
  });

  it('should join a template with text as text, missing values as empty', () => {
    expect(evaluate('¥{{data.goods.price | yuan}} {{data.nothing}}!', scope)).toBe('¥19.99 !');
    expect(evaluate('{{data.goods.tags}}', scope)).toEqual(['new', 'hot']);
    expect(evaluate('tags={{data.goods.tags}}', scope)).toBe('tags=["new","hot"]');
  });

  it('should read indexes, resolver functions and nothing from prototypes', () => {
    expect(evaluate('{{data.goods.list[1].id}}', scope)).toBe(2);
    expect(evaluate('{{storage.shop.id}}', scope)).toBe('SH01');
    expect(evaluate('{{data.constructor}}', scope)).toBeUndefined();
    expect(evaluate('{{data.goods.tags.length}}', scope)).toBe(2);
  });

  it('should leave undefined values and empty nested mappings out of a mapping', () => {
    expect(
      evaluate(
        { sku: { sku_id: '{{query.id}}', x: '{{nope}}' }, sale: { p: '{{nope}}' }, keep: { $const: {} } },
        scope,
      ),
    ).toEqual({
      sku: { sku_id: '2' },
      keep: {},
    });
  });

  it('should evaluate the operators of the language', () => {
    const cases: [unknown, unknown][] = [
      [{ $ref: 'data.goods.name' }, '跑鞋'],
      [{ $const: '{{not a template}}' }, '{{not a template}}'],
      [{ $coalesce: ['{{nope}}', '', '{{query.id}}'] }, '2'],
      [{ $concat: ['a', '{{query.id}}', null] }, 'a2'],
      [{ $concat: ['{{data.goods.tags}}', ['x']] }, ['new', 'hot', 'x']],
      [{ $if: { cond: '{{data.empty}}', then: 'y', else: 'n' } }, 'n'],
      [
        { $map: { from: '{{data.goods.list}}', to: { i: '{{index}}', id: '{{item.id}}' } } },
        [
          { i: 0, id: 1 },
          { i: 1, id: 2 },
        ],
      ],
      [{ $find: { in: '{{data.goods.list}}', where: { id: '{{query.id}}' } } }, { id: 2, n: 3 }],
      [{ $filter: { in: '{{data.goods.list}}', where: { id: 9 } } }, []],
      [{ $sum: { in: '{{data.goods.list}}', of: '{{item.n}}' } }, 5],
      [{ $sum: { in: [0.1, 0.2] } }, 0.3],
      [{ $lookup: { value: '{{query.id}}', table: { '2': 'two' } } }, 'two'],
      [{ $lookup: { value: 'x', table: { '2': 'two' }, default: 'none' } }, 'none'],
      [{ $eq: ['{{query.id}}', 2] }, true],
      [{ $ne: ['a', 'b'] }, true],
      [{ $gt: ['10', 9] }, true],
      [{ $lte: ['b', 'a'] }, false],
      [{ $in: ['hot', '{{data.goods.tags}}'] }, true],
      [{ $match: ['{{data.goods.name}}', '^跑'] }, true],
      [{ $match: ['x', '('] }, false],
      [{ $exists: '{{data.nope}}' }, false],
      [{ $and: [true, '{{query.id}}'] }, true],
      [{ $or: [0, ''] }, false],
      [{ $not: '{{data.empty}}' }, true],
      [{ $yuan: '{{data.goods.price}}' }, 19.99],
      [{ $round: [3.14159, 2] }, 3.14],
      [{ $default: ['{{nope}}', 'dflt'] }, 'dflt'],
      [{ $unknown: 1 }, undefined],
    ];
    for (const [expr, want] of cases) expect({ expr, got: evaluate(expr, scope) }).toEqual({ expr, got: want });
  });

  it('should compute amounts exact to the fen, and nothing from what is no number', () => {
    const s = { data: { a: 0.1, b: '0.2', n: 'abc', p: 19.9 } };
    expect(evaluate({ $add: ['{{data.a}}', '{{data.b}}'] }, s)).toBe(0.3);
    expect(evaluate({ $add: [0.1, 0.2, 0.3] }, s)).toBe(0.6);
    expect(evaluate({ $sub: [0.3, 0.1] }, s)).toBe(0.2);
    expect(evaluate({ $mul: ['{{data.p}}', 3] }, s)).toBe(59.7);
    expect(evaluate({ $mul: [1.15, 100] }, s)).toBe(115);
    expect(evaluate({ $round: [{ $div: [10, 3] }, 2] }, s)).toBe(3.33);
    expect(evaluate({ $div: [1, 0] }, s)).toBeUndefined();
    expect(evaluate({ $add: ['{{data.n}}', 1] }, s)).toBeUndefined();
    expect(evaluate({ $add: ['{{data.missing}}', 1] }, s)).toBeUndefined();
  });

  it('should read members of any value and computed keys from the scope', () => {
    const s = {
      data: {
        list: [
          { id: 1, name: 'a' },
          { id: 2, name: 'b' },
        ],
      },
      event: { dataset: { index: '1', id: 2 } },
    };
    expect(
      evaluate({ $get: [{ $find: { in: '{{data.list}}', where: { id: '{{event.dataset.id}}' } } }, 'name'] }, s),
    ).toBe('b');
    expect(evaluate({ $get: ['{{data.list}}', '[0].id'] }, s)).toBeUndefined();
    expect(evaluate({ $get: ['{{data.list}}', '1.name'] }, s)).toBe('b');
    expect(evaluate('{{data.list[event.dataset.index].name}}', s)).toBe('b');
    expect(evaluate({ $ref: 'data.list[event.dataset.missing].name' }, s)).toBeUndefined();
    expect(evaluate({ $get: [{ $const: { x: { y: 3 } } }, 'x.y'] }, s)).toBe(3);
  });

  it('should concatenate lists when one side is missing', () => {
    const s = { data: { a: [1, 2], b: [3] } };
    expect(evaluate({ $concat: ['{{data.none}}', '{{data.b}}'] }, s)).toEqual([3]);
    expect(evaluate({ $concat: ['{{data.a}}', '{{data.none}}', '{{data.b}}'] }, s)).toEqual([1, 2, 3]);
    expect(evaluate({ $concat: ['{{data.none}}', '-', '{{data.b}}'] }, s)).toBe('-[3]');
  });

  it('should yield undefined instead of throwing when a resolver or getter throws', () => {
    const hostile = {
      storage: () => {
        throw new Error('storage broken');
      },
      data: Object.defineProperty({}, 'x', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      }),
    };
    expect(evaluate('{{storage.a}}', hostile)).toBeUndefined();
    expect(evaluate('{{data.x}}', hostile)).toBeUndefined();
  });

  it('should stop at absurd nesting instead of overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = { $not: deep };
    expect(() => evaluate(deep, {})).not.toThrow();
  });
});
