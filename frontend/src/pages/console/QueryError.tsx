import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { useDescribeError } from '../../hooks/useNotifyError';

/**
 * A failed page load: friendly texts for 403 and 404, the server's detail otherwise.
 */
export function QueryError({
  error,
  onRetry,
  forbidden,
  notFound,
  backTo,
  backLabel,
}: {
  error: unknown;
  onRetry?: () => void;
  forbidden?: string;
  notFound?: string;
  backTo?: string;
  backLabel?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const describe = useDescribeError();
  const status = isApiError(error) ? error.status : 0;
  const back = backTo ? (
    <Button key="back" onClick={() => navigate(backTo)}>
      {backLabel ?? t('common.back')}
    </Button>
  ) : null;
  if (status === 403) {
    return <Result status="403" title="403" subTitle={forbidden ?? describe(error)} extra={back} />;
  }
  if (status === 404) {
    return <Result status="404" title="404" subTitle={notFound ?? describe(error)} extra={back} />;
  }
  return (
    <Result
      status="error"
      title={describe(error)}
      extra={[
        onRetry && (
          <Button key="retry" type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ),
        back,
      ]}
    />
  );
}
