import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type Language = 'nl' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries: Record<Language, Record<MessageKey, string>> = { nl, en };

interface I18n {
  lang: Language;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'nl', t: (k) => nl[k] });

/** Provides `t` for the given language and keeps `<html lang>` in step with it. */
export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang];
    const t: Translate = (key, params) => {
      const text = dict[key] ?? nl[key];
      return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
    };
    return { lang, t };
  }, [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = value.t('app.title');
  }, [lang, value]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
