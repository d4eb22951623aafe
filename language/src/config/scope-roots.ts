/** Every root an expression may read (evaluator-types.ts Scope). */
export const SCOPE_ROOTS: readonly string[] = [
  'launch',
  'app',
  'scene',
  'query',
  'page',
  'data',
  'prev',
  'event',
  'args',
  'result',
  'request',
  'response',
  'payment',
  'share',
  'item',
  'index',
  'vars',
  'chan',
  'user',
  'global',
  'system',
  'storage',
  'now',
];

/** Roots that only some triggers (or foreach / $map / $sum) provide; the others are always available. */
export const TRIGGER_ROOTS: readonly string[] = [
  'event',
  'args',
  'result',
  'request',
  'response',
  'payment',
  'share',
  'item',
  'index',
];

/** Which of TRIGGER_ROOTS a trigger provides; undefined for an unknown trigger (then nothing is reported). */
export function rootsOfTrigger(trigger: unknown): Set<string> | undefined {
  if (typeof trigger !== 'object' || trigger === null) return undefined;
  const t = trigger as Record<string, unknown>;
  switch (t.kind) {
    case 'app':
    case 'data':
      return new Set();
    case 'page': {
      const on = Array.isArray(t.on) ? t.on : [t.on];
      return new Set(on.indexOf('share') >= 0 ? ['share'] : []);
    }
    case 'method':
      return new Set(t.phase === 'before' ? ['event', 'args'] : ['event', 'args', 'result']);
    case 'expose':
      return new Set(['item']);
    case 'request':
      return new Set(['request', 'response']);
    case 'payment':
      return new Set(['payment']);
    default:
      return undefined;
  }
}

/** Where each trigger-only root comes from, for the root_unavailable message. */
export const ROOT_SOURCE: Record<string, { zh: string; en: string }> = {
  event: { zh: 'method 触发器（处理函数的事件对象）', en: 'a method trigger (the handler event)' },
  args: { zh: 'method 触发器', en: 'a method trigger' },
  result: { zh: 'phase 为 after 的 method 触发器', en: "a method trigger with phase 'after'" },
  request: { zh: 'request 触发器', en: 'a request trigger' },
  response: { zh: 'request 触发器', en: 'a request trigger' },
  payment: { zh: 'payment 触发器', en: 'a payment trigger' },
  share: { zh: 'on 含 share 的 page 触发器', en: "a page trigger on 'share'" },
  item: { zh: 'foreach、$map、$sum 或 expose 触发器', en: 'foreach, $map, $sum or an expose trigger' },
  index: { zh: 'foreach、$map 或 $sum', en: 'foreach, $map or $sum' },
};
