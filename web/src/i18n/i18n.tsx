import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH, type MessageKey } from './messages-zh';
import { format, pickLanguage, type Locale } from './pick-language';

export type { Locale };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'trackway.locale';
const DICTS: Record<Locale, Record<MessageKey, string>> = { zh: MESSAGES_ZH, en: MESSAGES_EN };

interface I18n {
  locale: Locale;
  t: Translate;
  setLocale(locale: Locale): void;
  /** Picks the zh or en half of a server message ("english / 中文") or of a { zh, en } pair. */
  pick(message: string | { zh: string; en: string }): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
  }, [locale]);
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLocaleState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) => format(DICTS[locale][key] ?? key, vars),
      pick: (message) => pickLanguage(message, locale),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
