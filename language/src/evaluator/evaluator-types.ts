import type { YoushuEventName } from '../catalog/catalog-types';
import type { Trigger, ExposeTrigger, FieldRule, PropagationRule } from '../config/config-types';
import type { PathSegment } from './parse-path';

/**
 * What an expression can read. Every root is optional; a missing root or path yields undefined.
 * A root (or any value on a path) may be a resolver function `(key) => value`: the next path segment is passed
 * to it. The runtime uses that for `storage` (wx.getStorageSync) and other values that are costly to read.
 */
export interface Scope {
  /**
   * App launch options: path, query, scene (number), referrerInfo {appId, extraData}, shareTicket — those of the
   * latest App.onLaunch / App.onShow, so a hot start from an ad or a QR code brings its own query and scene.
   */
  launch?: unknown;
  /** The app run: {firstShow: true during the first App.onShow of this run (app_launch's moment)}. */
  app?: unknown;
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
  /**
   * `first`: false when the value at `path` had already held a value once on this page instance. null counts as
   * no value ("not there yet", as in `data: {goods: null}`): it neither fires nor uses up `first`.
   */
  | { kind: 'data'; path: string; route: string; first?: boolean }
  /** `list`: the rule's ExposeTrigger.list, as the runtime observed it (rules of another list do not match). */
  | { kind: 'expose'; selector: string; list?: string; route: string }
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
  /** Why a rule was skipped, as a code of REASONS (reason-codes.ts): `when`, `disabled`, `no_array`… */
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
  /** [path as written in the trigger, its segments] */
  dataPaths: [string, PathSegment[]][];
  /** With the segments of `list` when the trigger names one. */
  exposes: (ExposeTrigger & { ruleId: string; segs?: PathSegment[] })[];
}

/** A preset group (config-types.ts PresetSwitches). */
export type PresetGroup = 'app' | 'page' | 'share' | 'pullDownRefresh' | 'reachBottom';

/** Options for loadRuntimeConfig / compileConfig. */
export interface CompileOptions {
  /** Preset groups handled elsewhere (e.g. by sr-sdk-wxapp itself) and therefore not run. */
  skipPresets?: PresetGroup[];
}

/**
 * The version of the RuntimeConfig shape; a runtime uses only a form whose runtimeFormat it knows. 2: computed keys
 * in path segments, `$get`, arithmetic operators, expose `list`, and the sku/spu fallback and top-level room_id
 * written into the props mappings (the runtime no longer applies them).
 */
export const RUNTIME_FORMAT = 2;

/**
 * A rule as the runtime runs it: expressions precompiled (precompileExpr), patterns as anchored RegExp sources.
 */
export interface RuntimeRule {
  id: string;
  event?: YoushuEventName;
  /** As written, except for matching: `on` and `outcome` as lists (absent = any), `phase` written out, method upper case. */
  trigger: Trigger;
  when?: unknown;
  foreach?: unknown;
  /** Present when `event` is (`{}` when the rule has none). */
  props?: unknown;
  /** [variable, expression] pairs, in the order written. */
  remember?: [string, unknown][];
  enabled?: boolean;
  /** The preset group of a built-in rule, so a runtime can skip the groups sr-sdk-wxapp reports itself. */
  group?: PresetGroup;
  /** Route pattern (RegExp source) of the page declaring the rule; absent for top-level rules and presets. */
  route?: string;
  /** RegExp source of RequestTrigger.url or of MethodTrigger.component. */
  re?: string;
  /** Segments of DataTrigger.path, or of ExposeTrigger.list. */
  segs?: PathSegment[];
}

/**
 * A published config in the form the mini-program runs, computed once per version on the server
 * (precompileConfig) and delivered beside the config as `runtime` with `runtimeHash`: presets expanded, templates
 * parsed, paths split, patterns compiled to RegExp sources, malformed rules and pages left out. JSON.
 */
export interface RuntimeConfig {
  runtimeFormat: typeof RUNTIME_FORMAT;
  /** Every setting present and in range, defaults filled in. */
  settings: import('./runtime-settings').ResolvedSettings;
  /** The variables kept in storage (scope 'storage'): name → time to live in ms, 0 for no limit. */
  stored: Record<string, number>;
  /** Presets, top-level rules, then page rules, in document order (the order rules of one trigger run in). */
  rules: RuntimeRule[];
  /** [route pattern RegExp source, title] of the pages that declare a title, in document order. */
  titles: [string, string][];
  /** chan rules (sources precompiled), plus built-in ones for chan_wxapp_scene and chan_refer_app_id. */
  chan: FieldRule[];
  user: FieldRule[];
  /** Component methods to wrap in Component() definitions (method triggers with a `component`). */
  components: { component: string; method: string }[];
  /** propagate rules with a valid url pattern, `url` as a RegExp source, `name` written out. */
  propagate: (PropagationRule & { name: string })[];
  /** Rules and pages left out because they cannot run, with a reason code of REASONS (reason-codes.ts). */
  problems: { id: string; reason: string }[];
}

/**
 * A RuntimeConfig ready for fire/watchList (loadRuntimeConfig): its members, plus internal ones ending in `_`,
 * which the runtime bundle shortens (esbuild mangleProps).
 */
export interface CompiledConfig extends RuntimeConfig {
  /** The rules to run: `rules` without the skipped preset groups. */
  rules_: RuntimeRule[];
  /** Rules per route and trigger kind, filled on first use of a route. */
  byRoute_: Map<string | undefined, Record<string, RuntimeRule[]>>;
}

/** A field value kept in storage by FieldRule.persist; `at` is when it was (last) set, in ms. */
export interface KeptField {
  value: unknown;
  at: number;
}
