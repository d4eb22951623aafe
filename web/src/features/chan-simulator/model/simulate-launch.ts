import {
  decodeScene,
  nestFields,
  precompileConfig,
  resolveFields,
  type Scope,
  type TrackingConfig,
} from '@trackway/language';

export interface LaunchInput {
  /** `pages/goods/detail?id=1&guide_id=9` (leading `/` allowed) — the launch path with its query. */
  path?: string;
  /** A QR code's `scene` string (`gid%3D88%26shop%3D5`); it arrives as `query.scene`. */
  qrScene?: string;
  /** The WeChat scene value (1047 = QR code of a mini-program). */
  sceneValue?: number;
}

export interface SimulatedLaunch {
  chan: Record<string, unknown>;
  user: Record<string, unknown>;
  /** The launch options the simulated App.onShow received, for the PM to check what was parsed. */
  launch: { path: string; query: Record<string, string>; scene: number };
}

function parseQuery(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const k = eq < 0 ? pair : pair.slice(0, eq);
    const v = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      out[decodeURIComponent(k)] = decodeURIComponent(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/**
 * The chan and wx_user fields a first App.onShow with these launch options would produce, computed by the
 * language's own evaluator as the mini-program runtime does (sdk-runtime wrap-app.ts: scope.launch = the
 * options, scope.scene = decodeScene(query.scene); precompiled chan rules, built-in chan_wxapp_scene included).
 */
export function simulateLaunch(config: TrackingConfig, input: LaunchInput, now = Date.now()): SimulatedLaunch {
  const raw = (input.path ?? '').trim().replace(/^\//, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = q < 0 ? {} : parseQuery(raw.slice(q + 1));
  // WeChat passes the QR scene string URL-encoded in query.scene, exactly as printed on the code
  if (input.qrScene?.trim()) query.scene = input.qrScene.trim();
  const launch = { path, query, scene: input.sceneValue ?? 1001 };
  const rc = precompileConfig(config);
  const scope: Scope = { launch, query, scene: decodeScene(query.scene), app: { firstShow: true }, now };
  const chan: Record<string, unknown> = {};
  for (const r of resolveFields(rc.chan, scope, 'appShow')) if (r.value !== undefined) chan[r.rule.field] = r.value;
  const userScope: Scope = { ...scope, chan: nestFields(chan) };
  const user: Record<string, unknown> = {};
  for (const r of resolveFields(rc.user, userScope, 'appShow')) if (r.value !== undefined) user[r.rule.field] = r.value;
  return { chan, user, launch };
}
