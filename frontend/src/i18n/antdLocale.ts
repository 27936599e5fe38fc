import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import zhTW from 'antd/es/locale/zh_TW';
import type { Locale } from 'antd/es/locale';
import type { LangCode } from '../api/types';

export const ANTD_LOCALES: Record<LangCode, Locale> = {
  'zh-Hans': zhCN,
  'zh-Hant': zhTW,
  en: enUS,
};
