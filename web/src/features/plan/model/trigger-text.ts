import type { Trigger } from '@trackway/language';
import type { Translate } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-zh';

const list = (on: string | string[] | undefined, t: Translate, prefix: string) =>
  (Array.isArray(on) ? on : on ? [on] : []).map((x) => t(`${prefix}.${x}` as MessageKey)).join(' / ');

/** A trigger in words for the rules table: "数据 goods.id 到达时", "点击 addToCart 之后", "请求 **\/order 成功时". */
export function triggerText(trigger: Trigger | undefined, t: Translate): string {
  if (!trigger) return t('plan.trigger.none');
  switch (trigger.kind) {
    case 'app':
      return t('plan.triggerText.app', { on: list(trigger.on, t, 'plan.on.app') });
    case 'page':
      return t('plan.triggerText.page', { on: list(trigger.on, t, 'plan.on.page') });
    case 'method':
      return t(trigger.phase === 'before' ? 'plan.triggerText.methodBefore' : 'plan.triggerText.methodAfter', {
        method: trigger.method || '?',
      });
    case 'data':
      return t('plan.triggerText.data', { path: trigger.path || '?' });
    case 'expose':
      return t('plan.triggerText.expose', { selector: trigger.selector || '?' });
    case 'request':
      return t(`plan.triggerText.request.${trigger.outcome ?? 'success'}` as MessageKey, { url: trigger.url || '?' });
    case 'payment': {
      const o = Array.isArray(trigger.outcome) ? trigger.outcome.join('/') : (trigger.outcome ?? 'success');
      return t('plan.triggerText.payment', { outcome: list(o.split('/'), t, 'plan.outcome') });
    }
    default:
      return t('plan.trigger.none');
  }
}
