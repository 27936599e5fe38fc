import { Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { useTrack } from '../../../api/queries';
import { useDescribeError } from '../../../hooks/useNotifyError';
import { TrackedCase } from '../track/TrackedCase';

/** /my/:tn: one of the consumer's own complaints, opened by their session instead of the access code. */
export function MyCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const describe = useDescribeError();
  const { tn = '' } = useParams();
  const track = useTrack(tn, '');
  if (track.isPending) return <Skeleton active />;
  if (track.isError) {
    const status = isApiError(track.error) ? track.error.status : 0;
    if (status === 401) return <Navigate to="/login" replace state={{ from: '/my' }} />;
    return (
      <Result
        status={status === 404 ? '404' : 'error'}
        title={status === 404 ? t('my.notFound') : describe(track.error)}
        extra={<Button onClick={() => navigate('/my')}>{t('my.back')}</Button>}
      />
    );
  }
  return (
    <TrackedCase
      data={track.data}
      tn={tn}
      code=""
      onLeave={() => navigate('/my')}
      leaveLabel={t('my.back')}
    />
  );
}
