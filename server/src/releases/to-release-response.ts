import type { ReleaseResponseDto } from './dto/release-response.dto';
import type { ReleaseEntity, ReleaseEnv } from './release.entity';

export function toReleaseResponse(env: ReleaseEnv, release: ReleaseEntity | null | undefined): ReleaseResponseDto {
  if (!release) return { env, version: null, rollout: null, updatedBy: null, updatedAt: null };
  return {
    env,
    version: release.version,
    rollout:
      release.rolloutVersion !== null
        ? { version: release.rolloutVersion, percent: release.rolloutPercent ?? 0 }
        : null,
    updatedBy: release.updatedBy,
    updatedAt: release.updatedAt.toISOString(),
  };
}
