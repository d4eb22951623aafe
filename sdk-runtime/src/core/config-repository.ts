import type { Adapter } from './adapter';
import { KEY_CONFIG } from './event-names';
import { attempt, canonicalJson, checkConfigShape, isObj, sha256Hex, type TrackingConfig } from './spec-api';

/** A config the runtime may run: what the delivery endpoint sent, verified. */
export interface ActiveConfig {
  version: number | string;
  hash: string;
  config: TrackingConfig;
}

export interface ConfigRepository {
  /** What to run at once: the last good config from storage, else the bootstrap, else nothing. */
  initial_(): ActiveConfig | undefined;
  /** Revalidates with the server; resolves a new verified config, or undefined (304, failure, same hash). */
  refresh_(): Promise<ActiveConfig | undefined>;
}

// A config the evaluator can walk, or undefined.
const walkable = (c: unknown) => (isObj(c) && !checkConfigShape(c) ? (c as unknown as TrackingConfig) : undefined);

/**
 * Stale-while-revalidate (GrowthBook's feature repository): storage gives the last good config at launch, one GET
 * with If-None-Match revalidates it, and only a verified answer replaces it: parsed, hash equal to
 * sha256(canonicalJson(config)), a shape the evaluator can walk. `bootstrap` is the floor. Why an answer was not
 * used goes to `log` (debug sessions only), as a short code: bad (not a delivery answer), shape, hash, http <status>,
 * down (unreachable), full (not cached: storage refused it).
 */
export function createConfigRepository(a: Adapter, url: string, bootstrap: unknown, log: (why: string) => void): ConfigRepository {
  let last: ActiveConfig | undefined;
  return {
    initial_() {
      const kept = a.get_(KEY_CONFIG);
      // storage was written by us after verification; only the shape is re-checked (a truncated write)
      if (isObj(kept) && walkable(kept.config) && typeof kept.hash === 'string') last = kept as unknown as ActiveConfig;
      else if (isObj(bootstrap)) {
        const boot = walkable(isObj(bootstrap.config) ? bootstrap.config : bootstrap);
        if (boot) last = { version: (bootstrap.version as number) || 'bootstrap', hash: '', config: boot };
      }
      return last;
    },
    refresh_() {
      return a.req_(url, 'GET', undefined, last && last.hash ? { 'If-None-Match': '"' + last.hash + '"' } : {}).then(
        (res) => {
          const s = res.statusCode;
          if (s === 304) return;
          if (s !== 200) return void log('http ' + s);
          const doc = typeof res.data === 'string' ? attempt(() => JSON.parse(res.data as string)) : res.data;
          if (!isObj(doc) || !isObj(doc.config) || typeof doc.hash !== 'string') return void log('bad');
          if (!walkable(doc.config)) return void log('shape');
          if (sha256Hex(canonicalJson(doc.config) || '') !== doc.hash) return void log('hash');
          if (last && doc.hash === last.hash) return;
          const got = (last = { version: doc.version as number, hash: doc.hash, config: doc.config as unknown as TrackingConfig });
          if (!a.set_(KEY_CONFIG, got)) log('full');
          return got;
        },
        () => void log('down'),
      );
    },
  };
}
