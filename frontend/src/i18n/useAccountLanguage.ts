import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { meApi } from '../api/endpoints';
import { queryKeys } from '../api/queries';
import type { Me } from '../api/types';
import { useLang } from './useLang';

/**
 * Keeps the signed-in account's language in step with the UI's. The server writes in the
 * account's language before the request's Accept-Language, so without this a user reading
 * the English UI would get problem details and alert explanations in the account's
 * Chinese. Once saved, the queries are fetched again in the new language.
 */
export function useAccountLanguage(me: Me | undefined): void {
  const lang = useLang();
  const client = useQueryClient();
  const signedIn = me !== undefined;
  const locale = me?.locale;
  useEffect(() => {
    if (!signedIn || locale === lang) return;
    meApi
      .setLocale(lang)
      .then((updated) => {
        client.setQueryData(queryKeys.me, updated);
        void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      })
      .catch(() => undefined); // the UI keeps working; only the server's text stays in the old language
  }, [signedIn, locale, lang, client]);
}
