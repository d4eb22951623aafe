import type { Release } from '../../../api/api-types';

/** The version a rollback goes to by default: the base of a gray rollout, else the one before the live one. */
export function defaultRollbackTarget(release: Release, versionNumbers: number[]): number | undefined {
  if (release.rollout) return release.version ?? undefined;
  return versionNumbers.find((n) => n < (release.version ?? 0));
}
