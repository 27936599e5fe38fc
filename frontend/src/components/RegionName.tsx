import { useTranslation } from 'react-i18next';
import { useDivisionNamer } from '../api/queries';

const COUNTRY = '000000';

/**
 * A case study's region (a province or city, or the whole country) in the UI language; the
 * server's Simplified name stands in until the division list has loaded.
 */
export function RegionName({ code, name }: { code?: string; name?: string }) {
  const { t } = useTranslation();
  const namer = useDivisionNamer(code && code !== COUNTRY ? [code] : []);
  if (code === COUNTRY) return <>{t('library.wholeCountry')}</>;
  if (!code) return <>{name}</>;
  const local = namer(code);
  return <>{local === code ? name || code : local}</>;
}
