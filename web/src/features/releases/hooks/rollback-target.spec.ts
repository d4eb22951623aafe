import type { Release } from '../../../api/api-types';
import { defaultRollbackTarget } from './rollback-target';

const release = (version: number | null, rollout: Release['rollout'] = null): Release => ({
  env: 'trial',
  version,
  rollout,
  updatedBy: 'admin',
  updatedAt: '2026-12-04T00:00:00.000Z',
});

describe(defaultRollbackTarget.name, () => {
  it('should end a gray rollout by going back to its base version', () => {
    expect(defaultRollbackTarget(release(3, { version: 5, percent: 20 }), [5, 4, 3, 2, 1])).toBe(3);
  });

  it('should go to the newest version before the live one otherwise', () => {
    expect(defaultRollbackTarget(release(4), [6, 5, 4, 2, 1])).toBe(2);
  });

  it('should offer nothing when no older version exists', () => {
    expect(defaultRollbackTarget(release(1), [2, 1])).toBeUndefined();
  });
});
