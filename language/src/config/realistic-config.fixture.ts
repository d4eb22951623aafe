import type { TrackingConfig } from './config-types';

/** A config a real goods mini-program would publish; every part of the language is used once. Fresh per call. */
export function realisticConfig(): TrackingConfig {
  return {
    schemaVersion: 1,
    description: '商城小程序 v3 埋点',
    settings: { flushSize: 10, flushIntervalMs: 1000, sampleRate: 1 },
    presets: { app: true, page: true, share: true, pullDownRefresh: false, reachBottom: true },
    pages: [
      {
        id: 'goods_detail',
        route: 'pages/goods/detail',
        title: '商品详情',
        rules: [
          {
            id: 'goods_detail_view',
            event: 'browse_sku_page',
            trigger: { kind: 'data', path: 'goods' },
            props: {
              sku: { sku_id: '{{data.goods.skuId}}', sku_name: '{{data.goods.title}}' },
              spu: { spu_id: '{{data.goods.spuId}}', spu_name: '{{data.goods.title}}' },
              sale: {
                original_price: '{{data.goods.marketPrice | yuan}}',
                current_price: '{{data.goods.price | yuan}}',
              },
              primary_image_url: '{{data.goods.images | first}}',
            },
          },
          {
            id: 'goods_detail_add_cart',
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
      },
      {
        id: 'goods_list',
        route: 'pages/goods/list',
        rules: [
          {
            id: 'goods_list_expose',
            event: 'expose_sku_component',
            trigger: { kind: 'expose', selector: '.goods-card', itemKey: 'skuId' },
            props: {
              sku: { sku_id: '{{item.skuId}}', sku_name: '{{item.name}}' },
              spu: { spu_id: '{{item.spuId}}', spu_name: '{{item.name}}' },
              position_id: { $int: '{{item.index}}' },
            },
          },
        ],
      },
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
    rules: [
      {
        id: 'order_submitted',
        event: 'custom_order',
        trigger: { kind: 'request', url: 'https://api.example.com/order/submit', method: 'POST' },
        when: { $eq: ['{{response.data.code}}', 0] },
        props: {
          order: { order_id: '{{response.data.data.orderNo}}', order_time: '{{now}}', order_status: 'give_order' },
          sub_orders: [
            {
              sub_order_id: '{{response.data.data.orderNo}}',
              order_amt: '{{response.data.data.totalFee | yuan}}',
              pay_amt: '{{response.data.data.payFee | yuan}}',
            },
          ],
        },
        remember: {
          lastOrder: {
            id: '{{response.data.data.orderNo}}',
            time: '{{now}}',
            amount: '{{response.data.data.totalFee | yuan}}',
            payable: '{{response.data.data.payFee | yuan}}',
          },
        },
      },
      {
        id: 'order_paid',
        event: 'custom_order',
        trigger: { kind: 'payment', outcome: 'success' },
        when: { $exists: '{{vars.lastOrder.id}}' },
        props: {
          order: {
            order_id: '{{vars.lastOrder.id}}',
            order_time: '{{vars.lastOrder.time}}',
            order_status: 'payed',
            pay_time: '{{now}}',
          },
          sub_orders: [
            {
              sub_order_id: '{{vars.lastOrder.id}}',
              order_amt: '{{vars.lastOrder.amount}}',
              pay_amt: '{{vars.lastOrder.payable}}',
            },
          ],
        },
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
      { id: 'chan_store_id', field: 'chan_shop_id', sources: ['{{storage.selectedStore.id}}'], on: ['pageShow'] },
      { id: 'chan_store_name', field: 'chan_shop_name', sources: ['{{storage.selectedStore.name}}'], on: ['pageShow'] },
    ],
    user: [{ id: 'user_union', field: 'union_id', sources: ['{{global.userInfo.unionId}}', '{{storage.union_id}}'] }],
    variables: { lastOrder: { scope: 'run', note: '提交订单接口返回的订单' } },
    propagate: [{ id: 'chan_to_orders', url: 'https://api.example.com/order/**', as: 'header' }],
  };
}
