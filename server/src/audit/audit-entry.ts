/** What a caller records about one change. */
export interface AuditEntry {
  /** The app's uuid (AppEntity.id); omit for changes outside any app (users, roles). */
  appId?: string | null;
  /** Username of whoever made the change. */
  actor: string;
  /** Stable machine name: `app.create`, `draft.save`, `version.publish`, `release.set`, `release.rollback`… */
  action: string;
  /** One line a PM reads in the audit list. */
  summary: string;
  details?: Record<string, unknown>;
}
