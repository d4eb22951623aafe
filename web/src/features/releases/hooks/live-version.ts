import type { Releases } from '../../../api/api-types';

/** The version users see: 正式版's, else 体验版's, else 开发版's (null when nothing was ever released). */
export function liveVersion(releases: Releases | undefined): number | null {
  for (const env of ['release', 'trial', 'develop'] as const) {
    const r = releases?.releases.find((x) => x.env === env);
    if (r?.version) return r.version;
  }
  return null;
}
