import type { Rule, YoushuEventName } from '@trackway/language';

/**
 * "添加 → 商品详情页浏览": what a new rule for a behaviour starts with — the usual trigger and the mappings with
 * placeholders the PM replaces with the page's own data paths (keys seen on a device, once live debug exists).
 */
export const RULE_TEMPLATES: Partial<Record<YoushuEventName, Omit<Rule, 'id'>>> = {
  browse_sku_page: {
    event: 'browse_sku_page',
    trigger: { kind: 'data', path: 'goods' },
    props: {
      sku: { sku_id: '{{data.goods.sku_id}}', sku_name: '{{data.goods.name}}' },
      spu: { spu_id: '{{data.goods.spu_id}}', spu_name: '{{data.goods.name}}' },
    },
  },
  add_to_cart: {
    event: 'add_to_cart',
    trigger: { kind: 'method', method: 'addToCart', phase: 'after' },
    props: {
      action_type: 'append_to_cart',
      sku: { sku_id: '{{data.goods.sku_id}}', sku_name: '{{data.goods.name}}' },
      spu: { spu_id: '{{data.goods.spu_id}}', spu_name: '{{data.goods.name}}' },
      sku_num: 1,
    },
  },
  expose_sku_component: {
    event: 'expose_sku_component',
    trigger: { kind: 'expose', selector: '.goods-card', itemKey: 'skuId' },
    props: {
      sku: { sku_id: '{{item.skuId}}', sku_name: '{{item.name}}' },
      spu: { spu_id: '{{item.spuId}}', spu_name: '{{item.name}}' },
    },
  },
  trigger_sku_component: {
    event: 'trigger_sku_component',
    trigger: { kind: 'method', method: 'onGoodsTap', phase: 'before' },
    props: {
      sku: { sku_id: '{{event.dataset.skuId}}', sku_name: '{{event.dataset.name}}' },
      spu: { spu_id: '{{event.dataset.spuId}}', spu_name: '{{event.dataset.name}}' },
    },
  },
  search: {
    event: 'search',
    trigger: { kind: 'method', method: 'onSearch', phase: 'before' },
    props: { keyword: '{{event.detail.value}}' },
  },
  custom_order: {
    event: 'custom_order',
    trigger: { kind: 'request', url: '**/order/submit', outcome: 'success' },
    props: {
      order: {
        order_id: '{{response.data.order_id}}',
        order_time: '{{now}}',
        order_status: 'give_order',
      },
      sub_orders: [
        {
          sub_order_id: '{{response.data.order_id}}',
          order_amt: '{{response.data.total_fen | yuan}}',
          pay_amt: '{{response.data.pay_fen | yuan}}',
        },
      ],
    },
  },
};

/** A rule id unique in the document: `<event>_<n>` with the first free n. */
export function freshRuleId(base: string, taken: Set<string>): string {
  for (let i = 1; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** Every rule and field-rule id in the document (ids are unique across it). */
export function allIds(config: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const add = (list: unknown) => Array.isArray(list) && list.forEach((r) => typeof r?.id === 'string' && ids.add(r.id));
  add(config.rules);
  add(config.pages);
  add(config.chan);
  add(config.user);
  add(config.propagate);
  if (Array.isArray(config.pages)) for (const p of config.pages) add(p?.rules);
  return ids;
}
