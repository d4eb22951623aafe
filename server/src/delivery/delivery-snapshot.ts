import { rolloutBucket } from './rollout-bucket';
import type { ServedDocument } from './served-document';

export interface EnvRelease {
  main: ServedDocument;
  rollout?: { document: ServedDocument; percent: number };
}

/** Releases of one app by env; an app with no entry here has nothing released yet. */
export type AppReleases = ReadonlyMap<string, EnvRelease>;

export type Resolution = ServedDocument | 'app_not_found' | 'not_released';

/**
 * The read model of config delivery: what each (app, env) serves, held in memory so a request costs two map
 * lookups and no database query. Replaced wholesale per app, never mutated in place, so a request always sees
 * one consistent state of an app.
 */
export class DeliverySnapshot {
  private apps = new Map<string, AppReleases>();
  private loaded = false;

  get isLoaded(): boolean {
    return this.loaded;
  }

  replaceAll(apps: Map<string, AppReleases>): void {
    this.apps = apps;
    this.loaded = true;
  }

  /** `undefined` removes the app (deleted or archived). */
  replaceApp(appid: string, releases: AppReleases | undefined): void {
    if (releases) this.apps.set(appid, releases);
    else this.apps.delete(appid);
  }

  app(appid: string): AppReleases | undefined {
    return this.apps.get(appid);
  }

  appids(): string[] {
    return [...this.apps.keys()];
  }

  /**
   * The document this client gets. Without a `cid` a client cannot be placed in a rollout stably, so it gets
   * the main version (the safe one).
   */
  resolve(appid: string, env: string, cid: string | undefined): Resolution {
    const releases = this.apps.get(appid);
    if (!releases) return 'app_not_found';
    const release = releases.get(env);
    if (!release) return 'not_released';
    const rollout = release.rollout;
    if (rollout && cid && rolloutBucket(appid, env, rollout.document.version, cid) < rollout.percent) {
      return rollout.document;
    }
    return release.main;
  }
}
