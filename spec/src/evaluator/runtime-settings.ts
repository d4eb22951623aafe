import type { RuntimeSettings } from '../config/config-types';

/** settings as the runtime reads them: every member present, in range (precompileConfig fills them in). */
export type ResolvedSettings = Required<RuntimeSettings>;

/**
 * The defaults of config-types.ts RuntimeSettings, which the runtime also uses while no config is active. PostHog
 * core's are 20 / 10 s / 1000 / 3; flush size and interval follow Youshu's SDK (>9, 1 s).
 */
export const DEFAULT_SETTINGS: ResolvedSettings = { flushSize: 10, flushIntervalMs: 1000, queueCap: 1000, maxRetries: 3, sampleRate: 1, debug: false };
