import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Product name with the localized subtitle; links home. */
export function Brand({ to = '/' }: { to?: string }) {
  const { t } = useTranslation();
  return (
    <Link to={to} className="brand" aria-label={t('app.name')}>
      <span className="brand-logo" aria-hidden>
        R
      </span>
      <span className="brand-name">{t('app.name')}</span>
      <Typography.Text type="secondary" className="brand-subtitle">
        {t('app.subtitle')}
      </Typography.Text>
    </Link>
  );
}
