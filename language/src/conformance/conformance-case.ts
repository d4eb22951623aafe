import type { TrackingConfig } from '../config/config-types';

/** One simulated host action; the lifecycle order of each is fixed in language/conformance/README.md. */
export type ConformanceStep =
  | {
      do: 'launch';
      path: string;
      query?: Record<string, string>;
      scene: number;
      referrerInfo?: { appId?: string; extraData?: unknown };
      shareTicket?: string;
    }
  | {
      do: 'appShow';
      path?: string;
      query?: Record<string, string>;
      scene?: number;
      referrerInfo?: { appId?: string; extraData?: unknown };
    }
  | { do: 'appHide' }
  | { do: 'pageLoad'; route: string; query?: Record<string, string> }
  /** Like navigateTo: pageLoad, pageShow and pageReady in one step. */
  | { do: 'open'; route: string; query?: Record<string, string> }
  | { do: 'pageShow' }
  | { do: 'pageReady' }
  | { do: 'pageHide' }
  | { do: 'pageUnload' }
  | { do: 'setData'; data: Record<string, unknown> }
  | {
      do: 'call';
      method: string;
      args?: unknown[];
      result?: unknown;
      async?: boolean;
      throws?: boolean;
      component?: string;
    }
  /**
   * A node of `selector` became visible: its dataset (and id), or, for cards rendered from a page data list without
   * `data-*`, its position `index` among all nodes of the selector in document order.
   */
  | { do: 'expose'; selector: string; dataset?: Record<string, unknown>; id?: string; index?: number }
  | {
      do: 'request';
      url: string;
      method?: string;
      data?: unknown;
      header?: Record<string, string>;
      response?: { statusCode: number; data?: unknown; header?: Record<string, string> };
      errMsg?: string;
      outcome: 'success' | 'fail';
    }
  | { do: 'payment'; params: Record<string, unknown>; outcome: 'success' | 'fail' | 'cancel'; errMsg?: string }
  | {
      do: 'share';
      from: 'menu' | 'button';
      result?: { title?: string; path?: string; imageUrl?: string };
      target?: unknown;
    }
  | { do: 'pullDownRefresh' }
  | { do: 'reachBottom' }
  | { do: 'setStorage'; key: string; value: unknown }
  | { do: 'setGlobal'; data: Record<string, unknown> }
  | { do: 'advance'; ms: number }
  | { do: 'restart' };

export interface ConformanceExpectation {
  type: string;
  ruleId: string;
  /** A deep subset of the event's props (common props included). */
  props?: Record<string, unknown>;
  /** Dotted paths that must have no value in the event's props (e.g. `refer_page`, `chan.guide_id`). */
  absent?: string[];
}

export interface ConformanceCase {
  name: string;
  /** The Youshu behaviours the case is about (catalog event names). */
  behaviours: string[];
  /** The trigger kinds (and lifecycles) the case exercises, e.g. `page.show`, `method.after`, `request.fail`. */
  triggers: string[];
  appid: string;
  config: TrackingConfig;
  /** Start time of the simulated clock, in ms. */
  now: number;
  steps: ConformanceStep[];
  /** The exact ordered list of emitted events. */
  expect: ConformanceExpectation[];
  /** File name the case was read from. */
  file?: string;
}
