import { compilePattern } from './patterns';

describe(compilePattern.name, () => {
  it('should match a route exactly when it has no wildcard', () => {
    const re = compilePattern('pages/goods/detail', 'route')!;
    expect(re.test('pages/goods/detail')).toBe(true);
    expect(re.test('pages/goods/detail2')).toBe(false);
    expect(re.test('xpages/goods/detail')).toBe(false);
  });

  it('should let * stand for one path segment and ** for anything', () => {
    expect(compilePattern('pages/*/index', 'route')!.test('pages/cart/index')).toBe(true);
    expect(compilePattern('pages/*/index', 'route')!.test('pages/a/b/index')).toBe(false);
    expect(compilePattern('packageA/**', 'route')!.test('packageA/pages/x/y')).toBe(true);
  });

  it('should treat regex characters literally', () => {
    expect(compilePattern('pages/a.b', 'route')!.test('pages/aXb')).toBe(false);
    expect(compilePattern('https://x.com/a+(b)', 'url')!.test('https://x.com/a+(b)')).toBe(true);
  });

  it('should ignore the query string of a URL unless the pattern has one', () => {
    const re = compilePattern('https://api.shop.com/**/order/create', 'url')!;
    expect(re.test('https://api.shop.com/v2/order/create?sid=1')).toBe(true);
    expect(re.test('https://api.shop.com/v2/order/create')).toBe(true);
    expect(re.test('https://api.shop.com/v2/order/created')).toBe(false);
    const q = compilePattern('https://api.shop.com/order?step=*', 'url')!;
    expect(q.test('https://api.shop.com/order?step=pay')).toBe(true);
    expect(q.test('https://api.shop.com/order')).toBe(false);
  });

  it.each([
    ['', 'route'],
    ['/pages/index', 'route'],
    ['pages/index?x=1', 'route'],
    ['pages/ index', 'route'],
    ['pages/***', 'route'],
    ['https://x.com/ a', 'url'],
  ] as const)('should reject %p as a %s pattern', (pattern, kind) => {
    expect(compilePattern(pattern, kind)).toBeNull();
  });
});
