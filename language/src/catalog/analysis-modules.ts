import type {
  AnalysisModuleName,
  LocalizedText,
  RequiredPathGroup,
  YoushuEventName,
  YoushuInterfaceName,
} from './catalog-types';
import { YOUSHU_EVENT_NAMES } from './catalog-types';

export interface AnalysisModule {
  name: AnalysisModuleName;
  title: LocalizedText;
  /** Behaviours that must carry the fields below. */
  events: readonly YoushuEventName[];
  /** Paths in the event props; each group is satisfied by any one of its paths. */
  eventFields: readonly RequiredPathGroup[];
  interfaces: readonly YoushuInterfaceName[];
  /** Paths in the interface body (`[]` = every array element); each group is satisfied by any one of its paths. */
  interfaceFields: readonly RequiredPathGroup[];
  /** Set when where the field goes is inferred or seen in one source only. */
  note?: LocalizedText;
}

/** The scope page lists all 14 behaviours for guide, live, ad and store analysis (youshu-spec.md §0, §1.8). */
const ALL_EVENTS: readonly YoushuEventName[] = YOUSHU_EVENT_NAMES;

const CHAN_INFO_NOTE: LocalizedText = {
  zh: 'add_order 的 chan_info 里带 guide_id / room_id 只见于接入总览页的示例，尚无客户端代码这样发送。',
  en: 'guide_id / room_id inside add_order chan_info come only from the scope page example; no client code sends them yet.',
};

/** Analysis add-ons and the fields each one needs in front (events) and back (interfaces). */
export const ANALYSIS_MODULES: Readonly<Record<AnalysisModuleName, AnalysisModule>> = {
  guide: {
    name: 'guide',
    title: { zh: '导购分析', en: 'Shopping-guide analysis' },
    events: ALL_EVENTS,
    eventFields: [['chan.guide_id']],
    interfaces: ['add_order'],
    interfaceFields: [['orders[].goods_info[].chan_info[].guide_id']],
    note: CHAN_INFO_NOTE,
  },
  live: {
    name: 'live',
    title: { zh: '直播分析', en: 'Live-stream analysis' },
    events: ALL_EVENTS,
    // sr-sdk-wxapp puts room_id at the top level; Trackway's chan rules can also carry it in chan.
    eventFields: [['room_id', 'chan.room_id']],
    interfaces: ['add_order'],
    interfaceFields: [['orders[].goods_info[].chan_info[].room_id']],
    note: CHAN_INFO_NOTE,
  },
  ad: {
    name: 'ad',
    title: { zh: '广告分析', en: 'Ad analysis' },
    events: ALL_EVENTS,
    eventFields: [['chan.weixinadinfo']],
    interfaces: [],
    interfaceFields: [],
    note: {
      zh: 'weixinadinfo 放在 chan 里是推断的（SDK 会把启动参数放进 chan），未确认。',
      en: 'weixinadinfo inside chan is inferred (the SDK copies launch params into chan); unconfirmed.',
    },
  },
  store: {
    name: 'store',
    title: { zh: '门店分析', en: 'Store analysis' },
    events: ALL_EVENTS,
    eventFields: [['chan.chan_shop_id'], ['chan.chan_shop_name']],
    interfaces: ['add_order'],
    interfaceFields: [
      ['orders[].goods_info[].store_info.external_store_id'],
      ['orders[].goods_info[].store_info.store_name'],
    ],
  },
  official_account: {
    name: 'official_account',
    title: { zh: '公众号分析', en: 'Official-account analysis' },
    events: ALL_EVENTS,
    eventFields: [['wx_user.union_id']],
    interfaces: ['add_order'],
    interfaceFields: [['orders[].user_info.union_id']],
  },
};
