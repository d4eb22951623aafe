import { validateEvent, type Violation } from '@trackway/language';
import type { Envelope } from './check-envelopes';
import { isObject } from './read-report-body';

/** One accepted event, validated, as the store keeps it. */
export interface CollectedEvent {
  type: string;
  props: Record<string, unknown>;
  valid: boolean;
  /** Violations of the catalog (errors and warnings) with JSON Pointers into `props`. */
  errors: Violation[];
  source: string | null;
  trackingId: string | null;
  logId: number | null;
  extUniqId: string | null;
  /** From `props.trackway` (the runtime in a debug session). */
  configVersion: number | null;
  ruleId: string | null;
  debugSession: string | null;
}

/**
 * What sr-sdk-wxapp 2.1.1 uploads besides behaviours (docs/sr-sdk-wxapp-notes.md §3): Youshu takes them, so they
 * are stored as valid, with no catalog check.
 */
export const SDK_HOUSEKEEPING_TYPES = new Set([
  'sdk_config_info',
  'logid_events',
  'sdk_error_log',
  'element',
  'sdk api exec error',
]);

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** Validates one envelope against the Youshu catalog and reads the debug tag the runtime adds. */
export function collectEvent(e: Envelope): CollectedEvent {
  const tag = isObject(e.props.trackway) ? e.props.trackway : undefined;
  let result: { valid: boolean; errors: Violation[] } = { valid: true, errors: [] };
  if (!SDK_HOUSEKEEPING_TYPES.has(e.type)) {
    // the debug tag is Trackway's, not Youshu's: the catalog judges the props without it
    const props = tag ? { ...e.props, trackway: undefined } : e.props;
    result = validateEvent(e.type, props);
  }
  return {
    type: e.type,
    props: e.props,
    valid: result.valid,
    errors: result.errors,
    source: e.from ?? null,
    trackingId: e.tracking_id ?? null,
    logId: e.log_id ?? null,
    extUniqId: e.ext_uniq_id ?? null,
    configVersion: tag && Number.isSafeInteger(tag.version) ? (tag.version as number) : null,
    ruleId: str(tag?.rule_id),
    debugSession: str(tag?.session),
  };
}
