import { parsePath } from './parse-path';

describe(parsePath.name, () => {
  it('should split dotted names and numeric indexes', () => {
    expect(parsePath('data.goods.list[2].sku_id')).toEqual(['data', 'goods', 'list', 2, 'sku_id']);
    expect(parsePath('storage.tw_guide-id')).toEqual(['storage', 'tw_guide-id']);
    expect(parsePath('args[0][1]')).toEqual(['args', 0, 1]);
  });

  it('should read a computed key as the segments of a path from the scope root', () => {
    expect(parsePath('data.cartGoods[event.dataset.index].name')).toEqual([
      'data',
      'cartGoods',
      ['event', 'dataset', 'index'],
      'name',
    ]);
  });

  it.each(['', 'a..b', 'a.', '.a', '[0]', 'a.[0]', 'a[x y]', 'a[b[c]]', 'a[', 'a b', "a['b']"])(
    'should reject %p',
    (path) => {
      expect(parsePath(path)).toBeNull();
    },
  );
});
