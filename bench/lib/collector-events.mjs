// Uploads as sr-sdk-wxapp 2.1.1 sends them (docs/sr-sdk-wxapp-notes.md): browse_sku_page and add_to_cart with
// its context merged in (wx_user, chan, system_info, …), ≈1.2 KB per event, valid against the catalog.
const TRACKING_ID = '1764840000000-0f8fad5b-d9cb-469f-a165-70867728950e';

function props(i, appid, extra) {
  return {
    page: `pages/goods/detail?id=SKU${10000 + (i % 50)}`,
    page_title: '商品详情',
    time: 1764840000000 + i,
    sku: { sku_id: `SKU${10000 + (i % 50)}`, sku_name: '明前龙井 一级 500g 礼盒' },
    spu: { spu_id: `SPU${2000 + (i % 20)}`, spu_name: '明前龙井' },
    sale: { original_price: 328, current_price: 268 },
    primary_image_url: 'https://img.shop.example.com/goods/SKU10002/cover.jpg',
    sr_sdk_version: '2.1.1',
    idenTifier: '110000000000',
    wx_user: {
      app_id: appid,
      open_id: 'oK2f45Xbm9kq1cQ7mJ3sVZ8uA1bc',
      union_id: 'oUnion_7f3a9c21',
      local_id: `${1764840000000}-6a7c2f1e-8b9d-4c3e-a5f6-0123456789ab`,
    },
    chan: {
      chan_wxapp_scene: 1047,
      chan_id: '8_ac3e76c2e5721f5f',
      guide_id: 'G1001',
      weixinadinfo: '8848215.wx0ad7a2f1c9b.0.1',
      chan_refer_app_id: '',
    },
    system_info: {
      brand: 'iPhone',
      model: 'iPhone 15 Pro<iPhone16,1>',
      version: '8.0.50',
      environment: '',
      screenWidth: 393,
      screenHeight: 852,
      system: 'iOS 17.5.1',
      platform: 'ios',
      SDKVersion: '3.5.8',
      benchmarkLevel: -1,
      LRA: false,
    },
    framework_info: { framework: 'native', version: '' },
    ...extra,
  };
}

/** `size` events, alternating browse_sku_page and add_to_cart. */
export function srBatch(size, appid, from = 0) {
  return Array.from({ length: size }, (_, n) => {
    const i = from + n;
    const cart = i % 2 === 1;
    return {
      type: cart ? 'add_to_cart' : 'browse_sku_page',
      props: props(i, appid, cart ? { action_type: 'append_to_cart', sku_num: 1 } : {}),
      from: 'sr-sdk-wxapp',
      tracking_id: TRACKING_ID,
      log_id: i,
    };
  });
}
