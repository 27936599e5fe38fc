import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Placeholder for public features that are not built yet. */
export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title={title}
      subTitle={t('placeholder.comingSoon')}
      extra={<Button onClick={() => navigate('/')}>{t('placeholder.backHome')}</Button>}
    />
  );
}

export function ComplainPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('placeholder.complainTitle')} />;
}

export function TrackPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('placeholder.trackTitle')} />;
}
