import type { Releases } from '../../../api/api-types';
import { liveVersion } from './live-version';

const releases = (develop: number | null, trial: number | null, release: number | null): Releases => ({
  appid: 'wx0123456789abcdef',
  releases: [
    { env: 'develop', version: develop, rollout: null, updatedBy: null, updatedAt: null },
    { env: 'trial', version: trial, rollout: null, updatedBy: null, updatedAt: null },
    { env: 'release', version: release, rollout: null, updatedBy: null, updatedAt: null },
  ],
});

describe(liveVersion.name, () => {
  it('should prefer what 正式版 serves, then 体验版, then 开发版', () => {
    expect(liveVersion(releases(5, 4, 3))).toBe(3);
    expect(liveVersion(releases(5, 4, null))).toBe(4);
    expect(liveVersion(releases(5, null, null))).toBe(5);
  });

  it('should be null before anything is released', () => {
    expect(liveVersion(releases(null, null, null))).toBeNull();
    expect(liveVersion(undefined)).toBeNull();
  });
});
