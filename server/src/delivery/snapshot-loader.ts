import type { DataSource } from 'typeorm';
import type { AppReleases, EnvRelease } from './delivery-snapshot';
import { buildServedDocument, type ServedDocument } from './served-document';

interface ReleaseRow {
  appid: string;
  env: string | null;
  version: number | null;
  rollout_version: number | null;
  rollout_percent: number | null;
}

interface VersionRow {
  appid: string;
  number: number;
  hash: string;
  canonical: string;
  created_at: Date;
}

/** Built documents of one app by `<env>/<version>`: versions are immutable, so a reload reuses them. */
type DocumentCache = Map<string, ServedDocument>;

/**
 * Reads the write model (apps, releases, versions) and turns it into the delivery read model. Archived apps are
 * not served. Only versions not built before are fetched, so the periodic reconcile costs one small query
 * per run when nothing changed, not a re-read of every config.
 */
export class SnapshotLoader {
  private cache = new Map<string, DocumentCache>();

  constructor(private readonly dataSource: DataSource) {}

  /** The releases of `appids` (all apps when omitted); apps missing from the result are unknown or archived. */
  async load(appids?: string[]): Promise<Map<string, AppReleases>> {
    const rows: ReleaseRow[] = await this.dataSource.query(
      `SELECT a.appid, r.env, r.version, r.rollout_version, r.rollout_percent
         FROM apps a LEFT JOIN releases r ON r.app_id = a.id
        WHERE a.archived_at IS NULL ${appids ? 'AND a.appid = ANY($1)' : ''}`,
      appids ? [appids] : [],
    );
    const wanted = new Map<string, Set<number>>();
    for (const r of rows) {
      if (r.env === null || r.version === null) continue;
      const needed = wanted.get(r.appid) ?? new Set<number>();
      wanted.set(r.appid, needed);
      if (!this.cache.get(r.appid)?.has(`${r.env}/${r.version}`)) needed.add(r.version);
      if (r.rollout_version !== null && !this.cache.get(r.appid)?.has(`${r.env}/${r.rollout_version}`)) {
        needed.add(r.rollout_version);
      }
    }
    const versions = await this.fetchVersions(wanted);

    const result = new Map<string, Map<string, EnvRelease>>();
    const nextCache = new Map<string, DocumentCache>();
    for (const r of rows) {
      const releases = result.get(r.appid) ?? new Map<string, EnvRelease>();
      result.set(r.appid, releases);
      if (r.env === null || r.version === null) continue;
      const appCache = nextCache.get(r.appid) ?? new Map<string, ServedDocument>();
      nextCache.set(r.appid, appCache);
      const documentOf = (version: number) => {
        const key = `${r.env}/${version}`;
        let doc = appCache.get(key) ?? this.cache.get(r.appid)?.get(key);
        const v = versions.get(`${r.appid}/${version}`);
        if (!doc && v) {
          doc = buildServedDocument({
            appid: r.appid,
            env: r.env!,
            version,
            hash: v.hash,
            publishedAt: v.created_at,
            canonical: v.canonical,
          });
        }
        if (doc) appCache.set(key, doc);
        return doc;
      };
      const main = documentOf(r.version);
      // A release always points at an existing version (the releases service checks it in its transaction);
      // if one were missing, serving nothing for that env beats serving something else.
      if (!main) continue;
      const rollout = r.rollout_version !== null ? documentOf(r.rollout_version) : undefined;
      releases.set(
        r.env,
        rollout ? { main, rollout: { document: rollout, percent: r.rollout_percent ?? 0 } } : { main },
      );
    }
    // Keep only what is served now, so the cache never outgrows the snapshot.
    if (appids) {
      for (const appid of appids) this.cache.delete(appid);
      for (const [appid, docs] of nextCache) this.cache.set(appid, docs);
    } else {
      this.cache = nextCache;
    }
    return result;
  }

  private async fetchVersions(wanted: Map<string, Set<number>>): Promise<Map<string, VersionRow>> {
    const appids: string[] = [];
    const numbers: number[] = [];
    for (const [appid, set] of wanted) {
      for (const n of set) {
        appids.push(appid);
        numbers.push(n);
      }
    }
    const found = new Map<string, VersionRow>();
    if (!appids.length) return found;
    const rows: VersionRow[] = await this.dataSource.query(
      `SELECT a.appid, v.number, v.hash, v.canonical, v.created_at
         FROM unnest($1::text[], $2::int[]) AS w(appid, number)
         JOIN apps a ON a.appid = w.appid
         JOIN versions v ON v.app_id = a.id AND v.number = w.number`,
      [appids, numbers],
    );
    for (const row of rows) found.set(`${row.appid}/${row.number}`, row);
    return found;
  }
}
