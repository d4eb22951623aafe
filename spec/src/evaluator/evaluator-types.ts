import type { YoushuEventName } from '../catalog/catalog-types';
import type { TrackingConfig, Trigger, ExposeTrigger, FieldRule } from '../config/config-types';

/**
 * What an expression can read. Every root is optional; a missing root or path yields undefined.
 * A root (or any value on a path) may be a resolver function `(key) => value`: the next path segment is passed
 * to it. The runtime uses that for `storage` (wx.getStorageSync) and other values that are costly to read.
 */
export interface Scope {
  /** App launch options: path, query, scene (number), referrerInfo {appId, extraData}, shareTicket. */
  launch?: unknown;
  /** key=value pairs decoded from the launch `query.scene` (QR code scene string). */
  scene?: unknown;
  /** The current page's query (onLoad options). */
  query?: unknown;
  /** The current page: {route, path (route?query), title, prevRoute, isNewlyOpen, stayTime (ms)}. */
  page?: unknown;
  /** The current page's data (after setData). */
  data?: unknown;
  /** The previous page on the stack: {route, query, data}. */
  prev?: unknown;
  /** The event object passed to a handler: {type, detail, dataset (= currentTarget.dataset), target}. */
  event?: unknown;
  /** Method arguments as an array. */
  args?: unknown;
  /** Method return value (awaited when it is a promise). */
  result?: unknown;
  /** The wx.request call: {url, method, data, header}. */
  request?: unknown;
  /** The wx.request outcome: {statusCode, data, header, errMsg}. */
  response?: unknown;
  /** The payment call's parameters plus {errMsg, outcome}. */
  payment?: unknown;
  /** onShareAppMessage: {from, target, webViewUrl, title, path, imageUrl (what the page returned)}. */
  share?: unknown;
  /** The current element inside foreach / $map / $find, or the exposed node's dataset. */
  item?: unknown;
  index?: unknown;
  /** Remembered variables. */
  vars?: unknown;
  /** The current chan and user (after chan/user rules). */
  chan?: unknown;
  user?: unknown;
  /** getApp().globalData */
  global?: unknown;
  /** wx.getSystemInfoSync() */
  system?: unknown;
  /** wx storage, read by key. */
  storage?: unknown;
  /** Current time in ms. */
  now?: unknown;
  [root: string]: unknown;
}

/** Something that happened in the mini-program, described for rule matching. */
export type TriggerEvent =
  | { kind: 'app'; on: 'launch' | 'show' | 'hide'; route?: string }
  | {
      kind: 'page';
      on: 'load' | 'show' | 'ready' | 'hide' | 'unload' | 'share' | 'pullDownRefresh' | 'reachBottom';
      route: string;
    }
  | { kind: 'method'; method: string; phase: 'before' | 'after'; route?: string; component?: string }
  | { kind: 'data'; path: string; route: string }
  | { kind: 'expose'; selector: string; route: string }
  | { kind: 'request'; url: string; method: string; outcome: 'success' | 'fail'; route?: string }
  | { kind: 'payment'; outcome: 'success' | 'fail' | 'cancel'; route?: string };

export interface Emission {
  ruleId: string;
  type: YoushuEventName;
  /** The mapped properties only; the runtime adds the common properties (see buildCommonProps). */
  props: Record<string, unknown>;
}

export interface Decision {
  ruleId: string;
  outcome: 'emitted' | 'skipped' | 'remembered';
  /** Why a rule was skipped: `when` false, `foreach` not an array, a required property missing… */
  reason?: string;
}

export interface FireResult {
  emissions: Emission[];
  /** Variable values to store (name → value), from `remember`. */
  remember: Record<string, unknown>;
  decisions: Decision[];
}

/** What the runtime must watch on a page: methods to wrap, data paths to compare, selectors to observe. */
export interface PageWatchList {
  methods: string[];
  dataPaths: string[];
  exposes: (ExposeTrigger & { ruleId: string })[];
}

/** Options for compileConfig. */
export interface CompileOptions {
  /** Preset groups handled elsewhere (e.g. by sr-sdk-wxapp itself) and therefore not compiled. */
  skipPresets?: ('app' | 'page' | 'share' | 'pullDownRefresh' | 'reachBottom')[];
}

/** A config indexed for fast matching; opaque to callers. */
export interface CompiledConfig {
  config: TrackingConfig;
  /** All rules including expanded presets, with the page route pattern they are limited to (undefined = any). */
  rules: { rule: import('../config/config-types').Rule; route?: RegExp; trigger: Trigger }[];
  chan: FieldRule[];
  user: FieldRule[];
}
