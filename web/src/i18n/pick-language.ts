export type Locale = 'zh' | 'en';

/** `{name}` placeholders filled from vars. */
export function format(template: string, vars?: Record<string, string | number>): string {
  return vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Server messages carry both languages: violations as { zh, en }, request errors and audit summaries as
 * "english / 中文" (English first: the English half may quote Chinese names). Shows the half of the reader's
 * language, or the whole text when it has no such split.
 */
export function pickLanguage(message: string | { zh: string; en: string }, locale: Locale): string {
  if (typeof message !== 'string') return message[locale] || message.zh || message.en;
  const split = message.split(' / ');
  if (split.length !== 2) return message;
  const zhFirst = CJK.test(split[0]) && !CJK.test(split[1]);
  const [zh, en] = zhFirst ? split : [split[1], split[0]];
  return locale === 'zh' ? zh : en;
}
