import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ANTD_LOCALES } from './i18n/antdLocale';
import { useLang } from './i18n/useLang';

const theme = { token: { colorPrimary: '#1677ff', borderRadius: 6 } };

/** Query cache, Ant Design theme and locale, and antd's App context (message, modal). */
export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  const lang = useLang();
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('app.name')} · ${t('app.subtitle')}`;
  }, [t, lang]);
  return (
    <QueryClientProvider client={client}>
      <ConfigProvider locale={ANTD_LOCALES[lang]} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
