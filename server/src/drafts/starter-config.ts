import type { TrackingConfig } from '@trackway/language';

/**
 * The draft of a new app: valid as is, with every preset on, so publishing it at once already reports what
 * sr-sdk-wxapp reports by itself (launch, show, page views, leaves, shares…). The PM adds pages and rules.
 */
export function starterConfig(): TrackingConfig {
  return {
    schemaVersion: 1,
    description: 'Starter config: Youshu preset events on; add pages and rules for your goods pages.',
    presets: { app: true, page: true, share: true, pullDownRefresh: true, reachBottom: true },
    pages: [],
    rules: [],
  };
}
