import {
  ANALYSIS_MODULES,
  CATALOG,
  PRESET_RULES,
  YOUSHU_EVENT_NAMES,
  type AnalysisModuleName,
  type TrackingConfig,
} from '@trackway/language';

export const READINESS_MODULES: AnalysisModuleName[] = ['guide', 'live', 'ad', 'store', 'official_account'];
export const READINESS_ROWS = [...YOUSHU_EVENT_NAMES, 'add_order'] as const;
export type ReadinessRow = (typeof READINESS_ROWS)[number];

/** Where the PM fixes a cell: the behaviour's rules (add one) or a chan / user field rule or propagation. */
export type ReadinessFix =
  | { kind: 'event'; event: string }
  | { kind: 'chan'; field: string }
  | { kind: 'user'; field: string }
  | { kind: 'propagate' };

export interface ReadinessCell {
  /** ok ✓; missing ✗; na — (the module does not need this row); backend: filled by the merchant's server. */
  status: 'ok' | 'missing' | 'na' | 'backend';
  /** What is missing (paths as the module names them, or `event` when the behaviour is not tracked at all). */
  missing: string[];
  fix?: ReadinessFix;
}

// Which preset switch reports each built-in behaviour (PRESET_RULES, ids `preset.<event>`).
const PRESET_GROUP = new Map(PRESET_RULES.map(([group, rule]) => [rule.event as string, group]));

function allRules(c: TrackingConfig) {
  return [...(c.rules ?? []), ...(c.pages ?? []).flatMap((p) => p.rules ?? [])].filter((r) => r.enabled !== false);
}

/** Whether the draft reports the behaviour at all: its preset switch is on, or an enabled rule emits it. */
export function isTracked(c: TrackingConfig, event: string): boolean {
  const group = PRESET_GROUP.get(event);
  if (group && CATALOG[event as keyof typeof CATALOG]?.preset && c.presets?.[group] !== false) return true;
  return allRules(c).some((r) => r.event === event);
}

const hasFieldRule = (list: { field: string; sources?: unknown[] }[] | undefined, field: string) =>
  (list ?? []).some((r) => r.field === field && (r.sources?.length ?? 0) > 0);

/** Whether one required path of an analysis module is provided on `event` by the draft. */
function provides(c: TrackingConfig, event: string, path: string): boolean {
  if (path.startsWith('chan.')) return hasFieldRule(c.chan, path.slice(5));
  if (path.startsWith('wx_user.')) return hasFieldRule(c.user, path.slice(8));
  // a top-level property (room_id): mapped by every enabled rule emitting the behaviour
  const rules = allRules(c).filter((r) => r.event === event);
  return rules.length > 0 && rules.every((r) => r.props && path in r.props);
}

function fixOf(path: string): ReadinessFix {
  if (path.startsWith('wx_user.')) return { kind: 'user', field: path.slice(8) };
  return { kind: 'chan', field: path.replace(/^chan\./, '') };
}

function eventCell(c: TrackingConfig, event: string, module: AnalysisModuleName): ReadinessCell {
  const m = ANALYSIS_MODULES[module];
  if (!m.events.includes(event as never)) return { status: 'na', missing: [] };
  if (!isTracked(c, event)) return { status: 'missing', missing: ['event'], fix: { kind: 'event', event } };
  const missing = m.eventFields.filter((group) => !group.some((p) => provides(c, event, p))).map((g) => g[0]);
  return missing.length ? { status: 'missing', missing, fix: fixOf(missing[0]) } : { status: 'ok', missing: [] };
}

/**
 * add_order is sent by the merchant's backend. Fields it takes from chan_info (guide_id, room_id) and store_info
 * reach it through the draft: a chan rule for the field plus a propagate rule copying chan into the merchant's
 * requests. user_info.union_id is the backend's own knowledge.
 */
function addOrderCell(c: TrackingConfig, module: AnalysisModuleName): ReadinessCell {
  const m = ANALYSIS_MODULES[module];
  if (!m.interfaces.includes('add_order')) return { status: 'na', missing: [] };
  const chanFields: Partial<Record<AnalysisModuleName, string[]>> = {
    guide: ['guide_id'],
    live: ['room_id'],
    store: ['chan_shop_id', 'chan_shop_name'],
  };
  const fields = chanFields[module];
  if (!fields) return { status: 'backend', missing: m.interfaceFields.map((g) => g[0]) };
  const missingChan = fields.filter((f) => !hasFieldRule(c.chan, f));
  if (missingChan.length)
    return { status: 'missing', missing: missingChan, fix: { kind: 'chan', field: missingChan[0] } };
  const carried = (c.propagate ?? []).some((p) => !p.fields || fields.every((f) => p.fields!.includes(f)));
  return carried
    ? { status: 'ok', missing: [] }
    : { status: 'missing', missing: ['propagate'], fix: { kind: 'propagate' } };
}

/** The readiness matrix: for each behaviour (and add_order) and analysis module, what the draft provides. */
export function computeReadiness(c: TrackingConfig): Record<ReadinessRow, Record<AnalysisModuleName, ReadinessCell>> {
  const out = {} as Record<ReadinessRow, Record<AnalysisModuleName, ReadinessCell>>;
  for (const row of READINESS_ROWS) {
    out[row] = {} as Record<AnalysisModuleName, ReadinessCell>;
    for (const m of READINESS_MODULES) out[row][m] = row === 'add_order' ? addOrderCell(c, m) : eventCell(c, row, m);
  }
  return out;
}
