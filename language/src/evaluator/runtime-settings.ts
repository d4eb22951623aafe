import type { RuntimeSettings } from '../config/config-types';

/** settings as the runtime reads them: every member present, in range (precompileConfig fills them in). */
export type ResolvedSettings = Required<RuntimeSettings>;

/** The settings the reporter reads. */
export type ReporterSettings = Pick<ResolvedSettings, 'flushSize' | 'flushIntervalMs' | 'queueCap' | 'maxRetries'>;

/**
 * The defaults of the reporter's settings (config-types.ts RuntimeSettings), which the runtime also uses while no
 * config is active (sampleRate 1 and debug false need no such use). PostHog core's are 20 / 10 s / 1000 / 3; flush
 * size and interval follow Youshu's SDK (>9, 1 s).
 */
export const DEFAULT_SETTINGS: ReporterSettings = {
  flushSize: 10,
  flushIntervalMs: 1000,
  queueCap: 1000,
  maxRetries: 3,
};
