import type { Adapter } from './adapter';
import { KEY_CONFIG } from './event-names';
import { assign, fnv1a32, isObj, parseJson, RUNTIME_FORMAT, sortedJson, type RuntimeConfig } from './language-api';

/** A config the runtime may run: the runtime form the delivery endpoint sent, verified. */
export interface ActiveConfig {
  version: number | string;
  /** The config's hash (the ETag), '' for a bootstrap so the first answer replaces it. */
  hash: string;
  runtime: RuntimeConfig;
}

export interface ConfigRepository {
  /** What to run at once: the last good config from storage, else the bootstrap, else nothing. */
  initial_(): ActiveConfig | undefined;
  /** Revalidates with the server; resolves a new verified config, or undefined (304, failure, same hash). */
  refresh_(): Promise<ActiveConfig | undefined>;
}

// a runtime form this runtime can read (an older or newer format is left alone)
const readable = (rc: unknown): rc is RuntimeConfig => isObj(rc) && rc.runtimeFormat === RUNTIME_FORMAT;

// A `/v1/config` body's runtime form, verified (fnv1a32(sortedJson(runtime)) = runtimeSum: a corrupted or
// truncated answer is refused; ADR 011 moved this check off sha256, which proved no more), or why not.
function verify(doc: unknown): ActiveConfig | string {
  if (!isObj(doc) || typeof doc.hash !== 'string') return 'bad';
  if (!readable(doc.runtime)) return 'format';
  if (fnv1a32(sortedJson(doc.runtime) || '') !== doc.runtimeSum) return 'hash';
  return { version: doc.version as number, hash: doc.hash, runtime: doc.runtime as RuntimeConfig };
}

/**
 * Stale-while-revalidate (GrowthBook's feature repository): storage gives the last good config at launch, one GET
 * with If-None-Match revalidates it, and only a verified answer replaces it: parsed, a runtime form of a format this
 * runtime reads, its checksum equal to runtimeSum. `bootstrap` (a saved `/v1/config` body) is the floor. Why an answer
 * was not used goes to `log` (debug sessions only), as a short code: bad (not a delivery answer), format (no runtime
 * form this runtime reads), hash, http <status>, down (unreachable), full (not cached: storage refused it), and
 * `bootstrap <code>` for an unusable bootstrap.
 */
export function createConfigRepository(
  a: Adapter,
  url: string,
  bootstrap: unknown,
  log: (why: string) => void,
): ConfigRepository {
  let last: ActiveConfig | undefined;
  return {
    initial_() {
      const kept = a.get_(KEY_CONFIG);
      // storage was written by us after verification; only the format is re-checked (a truncated write, an update)
      if (isObj(kept) && readable(kept.runtime)) last = kept as unknown as ActiveConfig;
      else if (bootstrap !== undefined) {
        const boot = verify(bootstrap);
        if (typeof boot === 'string') log('bootstrap ' + boot);
        else last = assign(boot, { version: boot.version || 'bootstrap', hash: '' });
      }
      return last;
    },
    refresh_() {
      return a.req_(url, 'GET', undefined, last && last.hash ? { 'If-None-Match': '"' + last.hash + '"' } : {}).then(
        (res) => {
          const s = res.statusCode;
          if (s === 304) return;
          if (s !== 200) return void log('http ' + s);
          const got = verify(parseJson(res.data));
          if (typeof got === 'string') return void log(got);
          if (last && got.hash === last.hash) return;
          last = got;
          if (!a.set_(KEY_CONFIG, got)) log('full');
          return got;
        },
        () => void log('down'),
      );
    },
  };
}
