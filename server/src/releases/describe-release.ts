import type { ReleaseEntity } from './release.entity';

interface Target {
  version: number;
  rollout?: { version: number; percent: number };
}

function state(r: Target): { en: string; zh: string } {
  if (!r.rollout) return { en: `v${r.version}`, zh: `v${r.version}` };
  return {
    en: `v${r.version} with v${r.rollout.version} to ${r.rollout.percent}% of clients`,
    zh: `v${r.version}，v${r.rollout.version} 灰度 ${r.rollout.percent}%`,
  };
}

/** The audit line of a release, in English and Chinese: what the env served before and what it serves now. */
export function describeRelease(env: string, current: ReleaseEntity | null, target: Target): string {
  const to = state(target);
  if (!current) return `Released ${to.en} to ${env} / 发布 ${to.zh} 到 ${env} 环境`;
  const from = state({
    version: current.version,
    rollout:
      current.rolloutVersion !== null
        ? { version: current.rolloutVersion, percent: current.rolloutPercent ?? 0 }
        : undefined,
  });
  return `Changed ${env} from ${from.en} to ${to.en} / ${env} 环境从 ${from.zh} 改为 ${to.zh}`;
}
