import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type Language = 'nl' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A message with plural forms: `<key>.one`, `<key>.other` (and any other CLDR category a language needs) in nl.ts. */
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
/** The form of `key` for `count` (Intl.PluralRules), with `{count}` written in the language's notation. */
type Pluralize = (key: PluralKey, count: number, params?: Record<string, string | number>) => string;

const dictionaries: Record<Language, Record<MessageKey, string>> = { nl, en };

/** The locale behind each language: 122.000 and 0,93 in Dutch, 122,000 and 0.93 in English. */
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export interface I18n {
  lang: Language;
  /** BCP 47 locale, for Intl and Chart.js. */
  locale: string;
  t: Translate;
  /** "1 resultaat", "2 resultaten": the plural form of a message for a count. */
  plural: Pluralize;
  /** A number in the language's notation. */
  formatNumber: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** "a, b en c" or "a, b and c". */
  formatList: (items: readonly string[]) => string;
  /** A calendar date (`2024-01-01`) as the language writes it: "1-1-2024", "1 January 2024"; other text unchanged. */
  formatDate: (isoDate: string) => string;
}

/** Dates as people write them: "1-1-2024" in Dutch, "1 January 2024" in English. */
const DATE_OPTIONS: Record<Language, Intl.DateTimeFormatOptions> = {
  nl: { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
  en: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
};

/** Messages, numbers and lists in one language; pure, so formatters can be tested without React. */
export function createI18n(lang: Language): I18n {
  const dict = dictionaries[lang];
  const locale = LOCALES[lang];
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const date = new Intl.DateTimeFormat(locale, DATE_OPTIONS[lang]);
  const rules = new Intl.PluralRules(locale);
  const t: Translate = (key, params) => {
    const text = dict[key] ?? nl[key];
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
  return {
    lang,
    locale,
    t,
    plural: (key, count, params) => {
      const form = `${key}.${rules.select(count)}`;
      return t((form in dict ? form : `${key}.other`) as MessageKey, { ...params, count: count.toLocaleString(locale) });
    },
    formatNumber: (n, options) => n.toLocaleString(locale, options),
    formatList: (items) => list.format(items),
    formatDate: (isoDate) => (/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? date.format(new Date(`${isoDate}T00:00:00Z`)) : isoDate),
  };
}

const I18nContext = createContext<I18n>(createI18n('nl'));

/** Provides the language's messages and formats, and keeps `<html lang>` in step with it. */
export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo(() => createI18n(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = value.t('app.title');
  }, [lang, value]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
