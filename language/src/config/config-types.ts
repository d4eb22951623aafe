/**
 * The tracking-config language: the JSON document a PM publishes and the mini-program runtime runs.
 * This file is the contract between the validator, the evaluator, the server and the runtime.
 * The PM-facing guide is docs/config-language.md; the JSON Schema is config-schema.json.
 */
import type { YoushuEventName } from '../catalog/catalog-types';

/** Current document format. Bumped only for incompatible changes; the runtime ignores a config it cannot read. */
export const CONFIG_SCHEMA_VERSION = 1;

export interface TrackingConfig {
  $schema?: string;
  /** Format version of this document, always 1 for now. */
  schemaVersion: 1;
  /** Free text shown in the UI; never sent to Youshu. */
  description?: string;
  settings?: RuntimeSettings;
  /** Built-in rules that behave like sr-sdk-wxapp's own preset/proxy events (see PresetSwitches). */
  presets?: PresetSwitches;
  /** Page declarations: route pattern, title and the rules that apply only on matching pages. */
  pages?: PageRule[];
  /** Rules that apply on every page (app lifecycle, requests, payments, methods of shared components…). */
  rules?: Rule[];
  /** How each chan field is derived. Evaluated on every App.onShow (Youshu's rule) and where `on` says. */
  chan?: FieldRule<ChanFieldName>[];
  /** How wx_user fields are derived. */
  user?: FieldRule<UserFieldName>[];
  /** Remembered values (an order just created, …) that later rules read as `vars.<name>`. */
  variables?: Record<string, VariableDecl>;
  /** Copy the current chan into the mini-program's own wx.request calls so the backend can fill add_order.chan_info. */
  propagate?: PropagationRule[];
}

export interface RuntimeSettings {
  /** Send a batch when this many events are queued. Default 10 (Youshu's SDK flushes at >9). */
  flushSize?: number;
  /** Send whatever is queued after this many ms without a new event. Default 1000 (Youshu: 1 s debounce). */
  flushIntervalMs?: number;
  /** Events kept (memory + storage) while the receiver is unreachable; oldest dropped past it. Default 1000. */
  queueCap?: number;
  /** Retries of one batch before it waits for the next launch. Default 3. */
  maxRetries?: number;
  /** Share of clients (0..1, by a stable hash of the client id) that report at all. Default 1. */
  sampleRate?: number;
  /** Log every rule decision to the console and copy events to the debug collector. Default false. */
  debug?: boolean;
}

/** Switches for built-in rules. Each one emits the Youshu event exactly as sr-sdk-wxapp would. Default: all true. */
export interface PresetSwitches {
  /** app_launch (first onShow), app_show, exit_wxapp */
  app?: boolean;
  /** browse_wxapp_page (onShow, refer_page, is_newly_open) and leave_wxapp_page (onHide/onUnload, stay_time) */
  page?: boolean;
  /** page_share_app_message from onShareAppMessage (from_type, share_title, share_path) */
  share?: boolean;
  /** page_pull_down_refresh */
  pullDownRefresh?: boolean;
  /** page_reach_bottom */
  reachBottom?: boolean;
}

export interface PageRule {
  /** Stable id, unique in the document (letters, digits, `_`, `-`, `.`). */
  id: string;
  /** Route without leading '/', exact (`pages/goods/detail`) or wildcard: `*` = one path segment, `**` = anything. */
  route: string;
  /** page_title for events on this page (wins over page data `title` and the navigation bar title). */
  title?: string;
  rules?: Rule[];
}

export interface Rule {
  /** Stable id, unique in the whole document; every emitted event carries it (`rule_id`) with the config version. */
  id: string;
  /** Youshu behaviour to emit. Omit for a rule that only remembers variables. */
  event?: YoushuEventName;
  trigger: Trigger;
  /** Emit only when this condition is truthy. */
  when?: Expr;
  /** Emit one event per element of this array; inside, `item` is the element and `index` its position. */
  foreach?: Expr;
  /** Property mapping: keys are Youshu property names, values are expressions or nested mappings. */
  props?: Mapping;
  /** Values to store in declared variables after the rule ran (even when it emits nothing). */
  remember?: Record<string, Expr>;
  /** false switches the rule off without deleting it. Default true. */
  enabled?: boolean;
  /** Free text for the PM; not sent. */
  note?: string;
}

export type AppLifecycle = 'launch' | 'show' | 'hide';
export type PageLifecycle = 'load' | 'show' | 'ready' | 'hide' | 'unload' | 'share' | 'pullDownRefresh' | 'reachBottom';

export type Trigger =
  AppTrigger | PageTrigger | MethodTrigger | DataTrigger | ExposeTrigger | RequestTrigger | PaymentTrigger;

/** App.onLaunch / onShow / onHide. */
export interface AppTrigger {
  kind: 'app';
  on: AppLifecycle | AppLifecycle[];
}

/** Page lifecycle of the current page (or of any page for a rule in `rules`). */
export interface PageTrigger {
  kind: 'page';
  on: PageLifecycle | PageLifecycle[];
}

/**
 * A page or component method being called (a tap handler, a custom method). `after` waits for a returned
 * promise and exposes its value as `result`; a method that throws or rejects does not fire `after`.
 */
export interface MethodTrigger {
  kind: 'method';
  method: string;
  /** Default 'after'. */
  phase?: 'before' | 'after';
  /** Restrict to a component (its `is` path, wildcards allowed); omit for page methods. */
  component?: string;
}

/** Page data becoming available: fires when setData makes the value at `path` defined and different. */
export interface DataTrigger {
  kind: 'data';
  /** A data path such as `goods` or `goods.sku_id` (dots and [n] indexes). */
  path: string;
  /** Fire on every change (true) or once per page instance (false, default). */
  everyChange?: boolean;
}

/**
 * An element becoming visible (IntersectionObserver on the current page). `item` is the node's dataset, or with
 * `list` the element of that page data list the node renders.
 */
export interface ExposeTrigger {
  kind: 'expose';
  /** A selector relative to the page, e.g. `.goods-card`. */
  selector: string;
  /** Visible ratio (0..1) needed. Default 0.5 ("fully or mostly visible"). */
  ratio?: number;
  /**
   * Key that identifies an item; each item is reported once per page instance. A dataset key, or with `list` a
   * member of the list element. Default: the node id (with `list`: the node's position).
   */
  itemKey?: string;
  /**
   * The page data list the nodes render (`goodsList`, `floor.goods`): `item` is its element at the exposed node's
   * position among all nodes of `selector` in document order. For cards without `data-*` attributes.
   */
  list?: string;
}

/** The outcome of a wx.request whose URL matches. `request` and `response` are in scope. */
export interface RequestTrigger {
  kind: 'request';
  /** URL pattern: `*` = anything but `/`, `**` = anything; the query string is ignored unless the pattern has `?`. */
  url: string;
  method?: string;
  /** 'success' = the request completed (any statusCode), 'fail' = wx fail callback. Default 'success'. */
  outcome?: 'success' | 'fail' | 'any';
}

/** The outcome of wx.requestPayment / wx.requestOrderPayment. `payment` is in scope. */
export interface PaymentTrigger {
  kind: 'payment';
  /** 'cancel' = errMsg contains "cancel"; 'fail' = any other failure. Default 'success'. */
  outcome?: 'success' | 'fail' | 'cancel' | 'any' | ('success' | 'fail' | 'cancel')[];
}

export type ChanFieldName =
  | 'chan_id'
  | 'chan_wxapp_scene'
  | 'chan_refer_app_id'
  | 'chan_shop_id'
  | 'chan_shop_name'
  | 'guide_id'
  | 'room_id'
  | 'weixinadinfo'
  | 'gdt_vid'
  | 'chan_custom.chan_custom_id'
  | 'chan_custom.chan_custom_id_desc'
  | 'chan_custom.chan_custom_cat_1'
  | 'chan_custom.chan_custom_cat_1_desc'
  | 'chan_custom.chan_custom_cat_2'
  | 'chan_custom.chan_custom_cat_2_desc'
  | 'chan_custom.chan_custom_cat_3'
  | 'chan_custom.chan_custom_cat_3_desc'
  | `extra.${string}`;

export type UserFieldName = 'open_id' | 'union_id' | 'user_id' | `extra.${string}`;

/** Where one chan or user field comes from. */
export interface FieldRule<F extends string = string> {
  id: string;
  field: F;
  /** Ordered candidates; the first that yields a non-empty value wins. */
  sources: Expr[];
  /** When to (re)evaluate, besides every App.onShow. */
  on?: ('appShow' | 'pageLoad' | 'pageShow')[];
  /** Keep the value in storage so later launches still carry it (a guide keeps credit for N days). */
  persist?: { ttlDays: number };
  /** 'last' (default): a new value replaces the kept one. 'first': the kept one wins until it expires. */
  attribution?: 'first' | 'last';
}

export interface VariableDecl {
  /** 'run' lives until the app is killed; 'storage' survives restarts until `ttlDays`. Default 'run'. */
  scope?: 'run' | 'storage';
  ttlDays?: number;
  note?: string;
}

export interface PropagationRule {
  id: string;
  /** URL pattern of the merchant's own requests (same syntax as RequestTrigger.url). */
  url: string;
  /** 'header': one header with the JSON of the chan; 'data': a field merged into an object request body. */
  as: 'header' | 'data';
  /** Header or field name. Default `X-Trackway-Chan` for header, `trackway_chan` for data. */
  name?: string;
  /** Chan fields to copy. Default: every chan field that has a value. */
  fields?: string[];
}

/**
 * An expression. Evaluation never throws: a missing path yields undefined.
 * - number, boolean, null: itself.
 * - string: a constant, or a template when it contains `{{ path | filter | filter:arg }}`. A string that is exactly
 *   one placeholder yields the raw value (number stays number); otherwise placeholders are joined as text.
 * - array: each element evaluated.
 * - object with a single key starting with `$`: an operator (see Operator).
 * - any other object: a nested mapping, evaluated key by key; undefined values are left out.
 */
export type Expr = string | number | boolean | null | Expr[] | Operator | Mapping;

export interface Mapping {
  [key: string]: Expr;
}

/** Operators. Each is an object with exactly one `$` key. Filters (below) can also be written as `{"$yuan": expr}`. */
export type Operator =
  | { $ref: string }
  | { $const: unknown }
  | { $coalesce: Expr[] }
  | { $concat: Expr[] }
  | { $if: { cond: Expr; then?: Expr; else?: Expr } }
  | { $map: { from: Expr; to: Expr } }
  | { $find: { in: Expr; where: Mapping } }
  | { $filter: { in: Expr; where: Mapping } }
  | { $sum: { in: Expr; of?: Expr } }
  | { $lookup: { value: Expr; table: Record<string, unknown>; default?: Expr } }
  /** A member of any value: `{"$get": [{"$find": …}, "id"]}`. */
  | { $get: [Expr, string] }
  /** Arithmetic on numbers (numeric strings too), exact to the fen for yuan amounts; undefined for a non-number. */
  | { $add: Expr[] }
  | { $sub: [Expr, Expr] }
  | { $mul: Expr[] }
  | { $div: [Expr, Expr] }
  | { $eq: [Expr, Expr] }
  | { $ne: [Expr, Expr] }
  | { $gt: [Expr, Expr] }
  | { $gte: [Expr, Expr] }
  | { $lt: [Expr, Expr] }
  | { $lte: [Expr, Expr] }
  | { $in: [Expr, Expr] }
  | { $match: [Expr, string] }
  | { $exists: Expr }
  | { $and: Expr[] }
  | { $or: Expr[] }
  | { $not: Expr }
  | { [F in `$${FilterName}`]?: Expr | [Expr, ...unknown[]] };

/**
 * Filters usable in templates (`{{ data.price | yuan }}`) and as operators (`{"$yuan": …}`).
 * num, int, str, bool: conversions (a value that cannot convert yields undefined);
 * yuan: fen → yuan, 2 decimals; fen: yuan → fen; default:x: x when the value is undefined, null or '';
 * len, first, last, lower, upper, trim, json (stringify), parse (JSON.parse, undefined on error),
 * ms: a date string or seconds → 13-digit ms; round:n; split:sep; join:sep; keys; values.
 */
export type FilterName =
  | 'num'
  | 'int'
  | 'str'
  | 'bool'
  | 'yuan'
  | 'fen'
  | 'default'
  | 'len'
  | 'first'
  | 'last'
  | 'lower'
  | 'upper'
  | 'trim'
  | 'json'
  | 'parse'
  | 'ms'
  | 'round'
  | 'split'
  | 'join'
  | 'keys'
  | 'values';
