// A tracking config the size of a real goods mini-program's (≈20 KB of canonical JSON): the shapes of
// spec/src/config/realistic-config.fixture.ts, repeated over category pages until the size is reached.

const CATEGORIES = ['fresh', 'dairy', 'snacks', 'drinks', 'baby', 'beauty', 'home', 'pets', 'digital', 'books'];

function detailPage(cat, i) {
  return {
    id: `${cat}_detail_${i}`,
    route: `pages/${cat}/detail${i}`,
    title: `商品详情 ${cat} ${i}`,
    rules: [
      {
        id: `${cat}_detail_${i}_view`,
        event: 'browse_sku_page',
        trigger: { kind: 'data', path: 'goods' },
        props: {
          sku: { sku_id: '{{data.goods.skuId}}', sku_name: '{{data.goods.title}}' },
          spu: { spu_id: '{{data.goods.spuId}}', spu_name: '{{data.goods.title}}' },
          sale: { original_price: '{{data.goods.marketPrice | yuan}}', current_price: '{{data.goods.price | yuan}}' },
          primary_image_url: '{{data.goods.images | first}}',
        },
      },
      {
        id: `${cat}_detail_${i}_add_cart`,
        event: 'add_to_cart',
        trigger: { kind: 'method', method: 'onAddCart' },
        when: { $eq: ['{{result.code}}', 0] },
        props: {
          action_type: 'append_to_cart',
          sku: { sku_id: '{{data.goods.skuId}}', sku_name: '{{data.goods.title}}' },
          spu: { spu_id: '{{data.goods.spuId}}', spu_name: '{{data.goods.title}}' },
          sku_num: { $int: '{{data.quantity}}' },
        },
      },
    ],
  };
}

function listPage(cat, i) {
  return {
    id: `${cat}_list_${i}`,
    route: `pages/${cat}/list${i}`,
    rules: [
      {
        id: `${cat}_list_${i}_expose`,
        event: 'expose_sku_component',
        trigger: { kind: 'expose', selector: '.goods-card', itemKey: 'skuId' },
        props: {
          sku: { sku_id: '{{item.skuId}}', sku_name: '{{item.name}}' },
          spu: { spu_id: '{{item.spuId}}', spu_name: '{{item.name}}' },
          position_id: { $int: '{{item.index}}' },
        },
      },
    ],
  };
}

/** `marker` changes the document (and so its hash) without changing its size noticeably. */
export function realisticConfig(targetBytes = 20_000, marker = 'v1') {
  const config = {
    schemaVersion: 1,
    description: `商城小程序埋点 ${marker}`,
    settings: { flushSize: 10, flushIntervalMs: 1000, sampleRate: 1 },
    presets: { app: true, page: true, share: true, pullDownRefresh: false, reachBottom: true },
    pages: [
      {
        id: 'search_page',
        route: 'pages/search/index',
        rules: [
          {
            id: 'search_confirm',
            event: 'search',
            trigger: { kind: 'method', method: 'onSearchConfirm', phase: 'before' },
            when: { $exists: '{{event.detail.value}}' },
            props: { keyword: '{{event.detail.value | trim}}' },
          },
        ],
      },
    ],
    chan: [
      {
        id: 'chan_guide',
        field: 'guide_id',
        sources: ['{{scene.gid}}', '{{launch.query.guide_id}}'],
        persist: { ttlDays: 7 },
      },
      { id: 'chan_campaign', field: 'chan_id', sources: ['{{launch.query.chan_id}}', '8_ac3e76c2e5721f5f'] },
    ],
  };
  for (let i = 0; JSON.stringify(config).length < targetBytes; i++) {
    const cat = CATEGORIES[i % CATEGORIES.length];
    const n = Math.floor(i / CATEGORIES.length);
    config.pages.push(i % 3 === 2 ? listPage(cat, n) : detailPage(cat, n));
  }
  return config;
}
