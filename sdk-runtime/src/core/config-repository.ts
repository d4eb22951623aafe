import type { Adapter } from './adapter';
import { attempt } from './attempt';
import { KEY_CONFIG } from './event-names';
import { canonicalJson, checkConfigShape, isObj, sha256Hex, type TrackingConfig } from './spec-api';

/** A config the runtime may run: what the delivery endpoint sent, verified. */
export interface ActiveConfig {
  version: number | string;
  hash: string;
  config: TrackingConfig;
}

/**
 * The delivery answer `{appid, env, version, hash, publishedAt, config}` (a string when wx could not parse it),
 * or undefined when it cannot be trusted: unparsable, hash not sha256(canonicalJson(config)), or a shape the
 * evaluator cannot walk. The reason goes to `log`.
 */
export function verifyConfig(raw: unknown, log: (why: string) => void): ActiveConfig | undefined {
  const doc = typeof raw === 'string' ? attempt(() => JSON.parse(raw)) : raw;
  if (!isObj(doc) || !isObj(doc.config) || typeof doc.hash !== 'string') return void log('config ignored: not a delivery answer');
  const bad = checkConfigShape(doc.config);
  if (bad) return void log('config ignored: ' + bad);
  if (sha256Hex(canonicalJson(doc.config) || '') !== doc.hash) return void log('config ignored: hash mismatch');
  return { version: doc.version as number, hash: doc.hash, config: doc.config as unknown as TrackingConfig };
}

export interface ConfigRepository {
  /** What to run at once: the last good config from storage, else the bootstrap, else nothing. */
  initial_(): ActiveConfig | undefined;
  /** Revalidates with the server; resolves a new verified config, or undefined (304, failure, same hash). */
  refresh_(): Promise<ActiveConfig | undefined>;
}

/**
 * Stale-while-revalidate (GrowthBook's feature repository): storage gives the last good config at launch, one GET
 * with If-None-Match revalidates it, and only a verified answer replaces it. `bootstrap` is the floor.
 */
export function createConfigRepository(a: Adapter, url: string, bootstrap: unknown, log: (why: string) => void): ConfigRepository {
  let last: ActiveConfig | undefined;
  return {
    initial_() {
      const kept = a.get_(KEY_CONFIG);
      // storage was written by us after verification; only the shape is re-checked (a truncated write)
      if (isObj(kept) && isObj(kept.config) && !checkConfigShape(kept.config) && typeof kept.hash === 'string') {
        last = kept as unknown as ActiveConfig;
      } else if (isObj(bootstrap)) {
        const boot = isObj(bootstrap.config) ? bootstrap.config : bootstrap;
        if (!checkConfigShape(boot)) last = { version: (bootstrap.version as number) || 'bootstrap', hash: '', config: boot as unknown as TrackingConfig };
      }
      return last;
    },
    refresh_() {
      return a.req_(url, 'GET', undefined, last && last.hash ? { 'If-None-Match': '"' + last.hash + '"' } : {}).then(
        (res) => {
          if (res.statusCode === 304) return;
          if (res.statusCode !== 200) return void log('config endpoint answered ' + res.statusCode);
          const got = verifyConfig(res.data, log);
          if (!got || (last && got.hash === last.hash)) return;
          last = got;
          if (!a.set_(KEY_CONFIG, got)) log('config not cached: storage refused it');
          return got;
        },
        () => void log('config endpoint unreachable'),
      );
    },
  };
}
