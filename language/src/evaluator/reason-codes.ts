/**
 * Words for the reason codes the runtime path returns: Decision.reason from fire, CompiledConfig.problems from
 * compileConfig, and checkConfigShape's answer. The runtime logs the bare code (its bundle carries no
 * messages); the server, the web debug view and tests turn it into words here. Not imported by the runtime.
 */
export const REASONS: Readonly<Record<string, { zh: string; en: string }>> = {
  // fire: why a matching rule did not emit
  disabled: { zh: '规则已停用（enabled: false）', en: 'the rule is switched off (enabled: false)' },
  when: { zh: 'when 条件为假', en: 'when is false' },
  no_array: { zh: 'foreach 不是数组', en: 'foreach is not an array' },
  empty: { zh: 'foreach 是空数组，没有可上报的元素', en: 'foreach is empty: nothing to emit' },
  nothing: {
    zh: '只记变量的规则没有得到任何值（remember 全为空）',
    en: 'nothing to remember: every remember value was empty',
  },
  // compileConfig: why a rule or page was left out
  bad_kind: { zh: 'trigger.kind 未知，规则被忽略', en: 'unknown trigger.kind: the rule is left out' },
  bad_url: { zh: 'trigger.url 模式无效，规则被忽略', en: 'invalid trigger.url pattern: the rule is left out' },
  bad_component: {
    zh: 'trigger.component 模式无效，规则被忽略',
    en: 'invalid trigger.component pattern: the rule is left out',
  },
  bad_route: {
    zh: '页面 route 模式无效，页面的规则被忽略',
    en: "invalid page route pattern: the page's rules are left out",
  },
  // checkConfigShape: why a downloaded config is not used (followed by the member, e.g. `no_array rules`)
  no_object: { zh: '不是对象', en: 'is not an object' },
  version: { zh: 'schemaVersion 不是 1', en: 'schemaVersion is not 1' },
};

/**
 * The words for a reason as the runtime reports it: a code, optionally followed by a blank and the member it is
 * about (`no_array pages` → "pages 不是数组" / "pages is not an array"). Unknown codes are returned as they are.
 */
export function describeReason(reason: string): { zh: string; en: string } {
  const [code, member] = String(reason).split(' ');
  const words = code === 'no_array' && member ? { zh: '不是数组', en: 'is not an array' } : REASONS[code];
  if (!words) return { zh: reason, en: reason };
  if (!member) return code === 'no_object' ? { zh: '配置' + words.zh, en: 'the config ' + words.en } : words;
  return { zh: member + ' ' + words.zh, en: member + ' ' + words.en };
}
