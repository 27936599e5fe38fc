import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setAcceptLanguageSource } from '../api/client';
import type { LangCode } from '../api/types';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';

export const LANGS: readonly LangCode[] = ['zh-Hans', 'zh-Hant', 'en'];
export const DEFAULT_LANG: LangCode = 'zh-Hans';
export const LANG_STORAGE_KEY = 'redress.lang';

/** BCP 47 tags used for <html lang>, Accept-Language and Intl formatting. */
export const HTML_LANG: Record<LangCode, string> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  en: 'en',
};

export const resources = {
  'zh-Hans': { translation: zhHans },
  'zh-Hant': { translation: zhHant },
  en: { translation: en },
} as const;

export function isLang(value: unknown): value is LangCode {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The remembered language, or Simplified Chinese. */
export function storedLang(): LangCode {
  const saved = storage()?.getItem(LANG_STORAGE_KEY);
  return isLang(saved) ? saved : DEFAULT_LANG;
}

/** The active language as one of ours (i18next may report others briefly). */
export function currentLang(): LangCode {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lng) ? lng : DEFAULT_LANG;
}

function applyDocumentLang(lang: LangCode) {
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[lang];
}

/** Switches the UI language and remembers the choice. */
export async function setLanguage(lang: LangCode): Promise<void> {
  storage()?.setItem(LANG_STORAGE_KEY, lang);
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  if (isLang(lng)) applyDocumentLang(lng);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLang(),
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGS],
  load: 'currentOnly',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});
applyDocumentLang(currentLang());

setAcceptLanguageSource(() => HTML_LANG[currentLang()]);

export default i18n;
