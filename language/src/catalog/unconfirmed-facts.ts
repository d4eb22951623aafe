/**
 * Facts youshu-spec.md marks [INFER] or where its sources disagree. A violation that only breaks such a fact is a
 * warning, and its message says the fact is unconfirmed, so a PM is told without being blocked.
 */
import type { Violation } from '../violation';
import type { LocalizedText } from './catalog-types';
import { valueAtPointer } from '../violations/json-pointer';

export interface CatalogTarget {
  kind: 'event' | 'interface';
  name: string;
}

export interface UnconfirmedFact {
  id: string;
  note: LocalizedText;
  /** True when `violation` (found in `document` of `target`) only breaks this unconfirmed fact. */
  matches(target: CatalogTarget, violation: Violation, document: unknown): boolean;
}

const NUMERIC_STRING = /^[0-9]+$/;
const INFERRED_GOODS_EVENTS = ['trigger_sku_component', 'browse_sku_page'];
const STATUS_TIME_FIELDS = /^\/order\/(pay_time|cancel_pay_time|cancel_time|refund_time)$/;

export const UNCONFIRMED_FACTS: readonly UnconfirmedFact[] = [
  {
    id: 'scene_as_string',
    note: {
      zh: '规范类型是整数，但接入总览页示例写成字符串 "1037"，有数是否接受字符串未确认；运行时会转成整数。',
      en: 'The spec type is integer, but the scope page example sends the string "1037"; whether Youshu accepts a string is unconfirmed. The runtime converts it to an integer.',
    },
    matches: (target, v, doc) =>
      target.kind === 'event' &&
      v.code === 'type' &&
      /\/chan\/chan_wxapp_scene$/.test(v.path) &&
      typeof valueAtPointer(doc, v.path) === 'string' &&
      NUMERIC_STRING.test(valueAtPointer(doc, v.path) as string),
  },
  {
    id: 'time_as_string',
    note: {
      zh: 'SDK 发送数字，一个 Go 客户端按字符串发送，有数是否接受字符串未确认。',
      en: 'The SDK sends a number and a Go client sends a string; whether Youshu accepts a string is unconfirmed.',
    },
    matches: (target, v, doc) =>
      target.kind === 'event' &&
      v.code === 'type' &&
      v.path === '/time' &&
      // Only a string can be "a time as a string"; String() of a hostile object (e.g. {toString: ''}) throws.
      isMsString(valueAtPointer(doc, v.path)),
  },
  {
    id: 'inferred_goods_schema',
    note: {
      zh: '该事件的官方页面未取得，sku/spu 以外字段的规则是按集成方推断的，未确认。',
      en: "This event's official page was not available; rules for fields other than sku/spu are inferred from integrations and unconfirmed.",
    },
    matches: (target, v) =>
      target.kind === 'event' &&
      INFERRED_GOODS_EVENTS.includes(target.name) &&
      /^\/(sku_category|shipping_shop|sale|primary_image_url|position_id)(\/|$)/.test(v.path),
  },
  {
    id: 'sku_num_meaning',
    note: {
      zh: '两版文档对 sku_num 含义不同：旧文档是本次变化的数量（至少 1），新文档是操作后购物车里的数量（可以是 0），未确认。',
      en: 'The two doc versions disagree on sku_num: the quantity changed (at least 1, older doc) or the cart quantity after the action (may be 0, new doc); unconfirmed.',
    },
    matches: (target, v, doc) =>
      target.kind === 'event' &&
      target.name === 'add_to_cart' &&
      v.code === 'range' &&
      v.path === '/sku_num' &&
      valueAtPointer(doc, v.path) === 0,
  },
  {
    id: 'first_add_to_cart',
    note: {
      zh: 'first_add_to_cart 只见于旧版文档（一个集成方使用），新文档没有，是否仍被接受未确认。',
      en: 'first_add_to_cart appears only in an older doc revision (one integration uses it); whether it is still accepted is unconfirmed.',
    },
    matches: (target, v, doc) =>
      target.kind === 'event' &&
      target.name === 'add_to_cart' &&
      v.code === 'enum' &&
      v.path === '/action_type' &&
      valueAtPointer(doc, v.path) === 'first_add_to_cart',
  },
  {
    id: 'status_time_required',
    note: {
      zh: '“各状态必须带对应时间字段”只见于旧集成代码注释；新文档只说发生时填写，未确认。',
      en: 'That each status needs its time field comes only from older integration comments; the new doc only says to set it when the action happens; unconfirmed.',
    },
    matches: (target, v) =>
      target.kind === 'event' &&
      target.name === 'custom_order' &&
      v.code === 'required' &&
      STATUS_TIME_FIELDS.test(v.path),
  },
  {
    id: 'status_1170',
    note: {
      zh: '1170（拒收/退回）只有一个集成方使用，文档状态表里没有，未确认。',
      en: '1170 (rejected/returned) is used by one integration only and is not in the doc status table; unconfirmed.',
    },
    matches: (target, v, doc) =>
      target.kind === 'interface' &&
      target.name === 'add_order' &&
      v.code === 'enum' &&
      /^\/orders\/[0-9]+\/order_status$/.test(v.path) &&
      valueAtPointer(doc, v.path) === '1170',
  },
];

/** Downgrades violations that only break unconfirmed facts to warnings, with the reason in the message. */
export function applyUnconfirmedFacts(target: CatalogTarget, violations: Violation[], document: unknown): Violation[] {
  return violations.map((v) => {
    const fact = UNCONFIRMED_FACTS.find((f) => f.matches(target, v, document));
    if (!fact) return v;
    return {
      ...v,
      severity: 'warning',
      message: {
        zh: `${v.message.zh}（未确认：${fact.note.zh}）`,
        en: `${v.message.en} (Unconfirmed: ${fact.note.en})`,
      },
    };
  });
}

function isMsString(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9]{13}$/.test(value);
}
