import { isObject } from './read-report-body';
import { rejections, type ReportProblem } from './report-rejection';

/** The envelope of one event as sr-sdk-wxapp 2.1.1 and the runtime send it (design §3). */
export interface Envelope {
  type: string;
  props: Record<string, unknown>;
  from?: string;
  tracking_id?: string;
  log_id?: number;
  ext_uniq_id?: string;
}

interface FieldRule {
  field: keyof Envelope;
  required: boolean;
  ok: (v: unknown) => boolean;
  zh: string;
  en: string;
}

const isString = (max: number) => (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= max;

const RULES: FieldRule[] = [
  { field: 'type', required: true, ok: isString(100), zh: '1–100 个字符的字符串', en: 'a string of 1–100 characters' },
  { field: 'props', required: true, ok: isObject, zh: '对象', en: 'an object' },
  { field: 'from', required: false, ok: isString(100), zh: '字符串', en: 'a string' },
  { field: 'tracking_id', required: false, ok: isString(200), zh: '字符串', en: 'a string' },
  {
    field: 'log_id',
    required: false,
    ok: (v) => Number.isSafeInteger(v),
    zh: '整数',
    en: 'an integer',
  },
  {
    field: 'ext_uniq_id',
    required: false,
    ok: isString(200),
    zh: '1–200 个字符的字符串',
    en: 'a string of 1–200 characters',
  },
];

/**
 * Checks the envelope fields of every event (not the Youshu props: those are validated against the catalog and
 * stored with the result). One wrong envelope rejects the whole upload, so a client bug shows at once.
 */
export function checkEnvelopes(events: unknown[]): Envelope[] {
  const problems: ReportProblem[] = [];
  events.forEach((e, i) => {
    if (!isObject(e)) {
      problems.push({ path: `/${i}`, message: { zh: `第 ${i} 个事件必须是对象`, en: `event ${i} must be an object` } });
      return;
    }
    for (const rule of RULES) {
      const value = e[rule.field];
      if (value === undefined || value === null ? !rule.required : rule.ok(value)) continue;
      const missing = value === undefined || value === null;
      problems.push({
        path: `/${i}/${rule.field}`,
        message: missing
          ? { zh: `第 ${i} 个事件缺少 ${rule.field}`, en: `event ${i} has no ${rule.field}` }
          : {
              zh: `第 ${i} 个事件的 ${rule.field} 必须是${rule.zh}`,
              en: `${rule.field} of event ${i} must be ${rule.en}`,
            },
      });
    }
  });
  if (problems.length) throw rejections.invalidEvents(problems);
  return events as Envelope[];
}
