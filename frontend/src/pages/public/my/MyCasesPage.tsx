import { Button, Result, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { useMe } from '../../../api/queries';
import { MyCasesCard } from '../track/MyCasesCard';

/** /my: the complaints a consumer filed from their account; each opens without its access code. */
export function MyCasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  if (me.isPending) return <Skeleton active />;
  if (me.isError && isApiError(me.error) && me.error.status === 401) {
    return <Navigate to="/login" replace state={{ from: '/my' }} />;
  }
  if (me.data?.kind !== 'consumer') {
    return (
      <Result
        status="info"
        title={t('my.consumersOnly')}
        extra={
          <Link to="/track">
            <Button type="primary">{t('my.trackWithCode')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Space orientation="vertical" size="middle" className="narrow-page" style={{ width: '100%' }} data-testid="my-page">
      <Typography.Title level={2} className="page-title">
        {t('track.myCases')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('my.intro')}</Typography.Paragraph>
      <MyCasesCard onPick={(tn) => navigate(`/my/${encodeURIComponent(tn)}`)} />
      <Link to="/track">{t('my.trackWithCode')}</Link>
    </Space>
  );
}
