import { useTranslation } from 'react-i18next';
import type { LangCode } from '../api/types';
import { DEFAULT_LANG, isLang } from './index';

/** The active UI language; re-renders on change. */
export function useLang(): LangCode {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lng) ? lng : DEFAULT_LANG;
}
