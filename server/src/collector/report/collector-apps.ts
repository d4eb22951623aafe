/** An app as the collector knows it: its row id (stored with every event) and its WeChat appid. */
export interface CollectorApp {
  id: string;
  appid: string;
}

/**
 * The read model of the report endpoint: collector token → app, for every app that is not archived. Kept in
 * memory so that an upload costs no database lookup before its insert (CollectorAppsRefresher keeps it fresh).
 */
export class CollectorApps {
  private byToken = new Map<string, CollectorApp>();
  private tokenOf = new Map<string, string>();
  loaded = false;

  find(token: string): CollectorApp | undefined {
    return this.byToken.get(token);
  }

  replaceAll(rows: { token: string; app: CollectorApp }[]): void {
    this.byToken = new Map(rows.map((r) => [r.token, r.app]));
    this.tokenOf = new Map(rows.map((r) => [r.app.appid, r.token]));
    this.loaded = true;
  }

  /** `row` undefined: the app is archived or gone, its token stops working. */
  replaceApp(appid: string, row: { token: string; app: CollectorApp } | undefined): void {
    const old = this.tokenOf.get(appid);
    if (old !== undefined) this.byToken.delete(old);
    this.tokenOf.delete(appid);
    if (row) {
      this.byToken.set(row.token, row.app);
      this.tokenOf.set(appid, row.token);
    }
  }
}
