/** @trackway/sdk-runtime: emits Tencent Youshu events from a published Trackway config. */

/** What an sr-sdk-wxapp instance offers the runtime. */
export interface SrLike {
  track(type: string, props: Record<string, unknown>): unknown;
  setChan?(chan: Record<string, unknown>): unknown;
  setUser?(user: Record<string, unknown>): unknown;
  /** sr-sdk-wxapp 2.x keeps its resolved init options here (trackApp, proxyPage, autoProxy). */
  option?: Record<string, unknown>;
}

export interface InitOptions {
  /** The mini-program appid (wx…). */
  appid: string;
  /** Trackway server origin, e.g. https://trackway.example.com. */
  server: string;
  /** develop | trial | release; default wx.getAccountInfoSync().miniProgram.envVersion. */
  env?: string;
  /** An sr-sdk-wxapp instance: events go through sr.track, chan through sr.setChan, user through sr.setUser. */
  sr?: SrLike;
  /** Appended as ?token= to the default report URL: the app's collectorToken for Trackway's receiver. */
  token?: string;
  /** true, or a session id: every event also carries {trackway: {session, version, rule_id}}; decisions are logged. */
  debug?: boolean | string;
  /**
   * The JSON body `GET {server}/v1/config/{appid}?env=…` returned (saved from the server), used when nothing was ever
   * fetched. Its precompiled `runtime` form is what runs; a raw config is not accepted (the runtime compiles none).
   */
  bootstrap?: unknown;
  /** Where the own reporter posts; default `{server}/youshu/api/report?token=<token>`. */
  reportUrl?: string;
  /** sr-sdk-wxapp's proxyPage / trackApp, when its instance does not expose `option`. */
  srProxyPage?: boolean;
  srTrackApp?: boolean;
  /** First launch with nothing cached: how long launch and first-page triggers wait for the config. Default 3000 ms. */
  holdMs?: number;
}

/** In app.js before App(). Never throws. */
export declare function init(options: InitOptions): void;
/** Listens to runtime events (TW_EVENTS); returns a function that stops listening. */
export declare function on(name: string, fn: (payload: unknown) => void): () => void;
/** Sends queued events now (also done on app hide). */
export declare function flush(): void;
/** The active config's version, or undefined before one arrived. */
export declare function configVersion(): number | string | undefined;
export declare const TW_EVENTS: {
  readonly config: 'config';
  readonly event: 'event';
  readonly decision: 'decision';
  readonly sent: 'sent';
  readonly error: 'error';
};
/** App/Page/Component for plugin mini-programs, where the globals cannot be replaced. */
export declare function App(options: Record<string, unknown>): void;
export declare function Page(options: Record<string, unknown>): void;
export declare function Component(options: Record<string, unknown>): void;
export declare const version: string;
