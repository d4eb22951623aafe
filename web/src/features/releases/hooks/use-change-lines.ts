import { CATALOG, type YoushuEventName } from '@trackway/language';
import type { ConfigDiff, FieldChange, ItemChanges } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-zh';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One line of the PM-readable change list: "新增 规则 加购 add-cart（页面 goods）". */
export interface ChangeLine {
  key: string;
  kind: ChangeKind;
  section: string;
  subject: string;
  details: string[];
}

const ITEM_SECTIONS = ['pages', 'rules', 'chan', 'user', 'variables', 'propagate'] as const;
const FIELD_SECTIONS = ['settings', 'presets', 'document'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a short text: JSON cut at 80 characters. */
export function shortValue(v: unknown): string {
  if (v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Turns the server's structured diff into lines a PM reads, in the reader's language. */
export function useChangeLines(diff: ConfigDiff | undefined): ChangeLine[] {
  const { t, locale } = useI18n();
  if (!diff || diff.identical) return [];
  const lines: ChangeLine[] = [];
  const field = (c: FieldChange) => `${c.field}: ${shortValue(c.before)} → ${shortValue(c.after)}`;
  const subjectOf = (section: string, id: string, item: unknown) => {
    if (section !== 'rules' || !isObj(item)) return id;
    const entry = CATALOG[item.event as YoushuEventName];
    const event = entry ? `${entry.title[locale]} ${entry.name}` : String(item.event ?? '');
    const where = item.page ? t('changes.onPage', { page: String(item.page) }) : t('changes.global');
    return `${id} · ${event} · ${where}`;
  };
  for (const section of ITEM_SECTIONS) {
    const changes = diff[section] as ItemChanges;
    const label = t(`changes.section.${section}` as MessageKey);
    for (const a of changes.added)
      lines.push({
        key: `+${section}${a.id}`,
        kind: 'added',
        section: label,
        subject: subjectOf(section, a.id, a.item),
        details: [],
      });
    for (const r of changes.removed)
      lines.push({
        key: `-${section}${r.id}`,
        kind: 'removed',
        section: label,
        subject: subjectOf(section, r.id, r.item),
        details: [],
      });
    for (const c of changes.changed)
      lines.push({
        key: `~${section}${c.id}`,
        kind: 'changed',
        section: label,
        subject: c.id,
        details: c.fields.map(field),
      });
  }
  for (const section of FIELD_SECTIONS) {
    const changes = diff[section] as FieldChange[];
    if (changes.length)
      lines.push({
        key: `~${section}`,
        kind: 'changed',
        section: t(`changes.section.${section}` as MessageKey),
        subject: '',
        details: changes.map(field),
      });
  }
  return lines;
}
