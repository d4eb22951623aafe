import { buildCommonProps, eventProps, nestFields, pagePath } from './build-common-props';

describe(buildCommonProps.name, () => {
  it('should build page without a leading slash, page_title, time, chan and wx_user', () => {
    expect(
      buildCommonProps({
        route: '/pages/goods/detail',
        query: { id: '7', from: 'share' },
        title: '',
        now: 1714528800000,
        chan: { chan_wxapp_scene: '1037', guide_id: 'G1', 'chan_custom.chan_custom_id': 'c1', chan_id: '' },
        user: { union_id: 'U1' },
        appid: 'wx0123456789abcdef',
      }),
    ).toEqual({
      page: 'pages/goods/detail?id=7&from=share',
      page_title: '未知',
      time: 1714528800000,
      chan: { chan_wxapp_scene: 1037, guide_id: 'G1', chan_custom: { chan_custom_id: 'c1' } },
      wx_user: { app_id: 'wx0123456789abcdef', union_id: 'U1' },
    });
  });

  it('should leave out the ? when there is no query and drop a scene that is not a number', () => {
    const p = buildCommonProps({
      route: 'pages/index/index',
      query: {},
      title: '首页',
      now: 1,
      chan: { chan_wxapp_scene: 'x' },
      appid: 'wx1',
    });
    expect(p.page).toBe('pages/index/index');
    expect(p.page_title).toBe('首页');
    expect(p.chan).toEqual({});
  });
});

describe(eventProps.name, () => {
  it('should let mapped props override common ones except chan and wx_user', () => {
    const common = { page: 'a', time: 1, chan: { chan_wxapp_scene: 1001 }, wx_user: { app_id: 'wx1' } };
    expect(eventProps(common, { page: 'b', chan: { chan_id: 'x' }, wx_user: {}, keyword: 'k' })).toEqual({
      ...common,
      page: 'b',
      keyword: 'k',
    });
  });
});

describe(nestFields.name, () => {
  it('should nest dotted names and refuse __proto__', () => {
    expect(nestFields({ 'extra.a': 1, 'extra.b': 2, '__proto__.x': 1 })).toEqual({ extra: { a: 1, b: 2 } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe(pagePath.name, () => {
  it('should accept a query string too', () => {
    expect(pagePath('pages/a', '?x=1')).toBe('pages/a?x=1');
    expect(pagePath(undefined, undefined)).toBe('');
  });
});
