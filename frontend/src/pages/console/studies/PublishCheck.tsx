import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { useDescribeError } from '../../../hooks/useNotifyError';

/** Why the last step was refused: the publishability check's findings, one per line. */
export function PublishCheck({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  if (!error) return null;
  const findings = isApiError(error)
    ? error.fieldErrors.map((fe) => {
        const key = `studies.check.${fe.code}`;
        return i18n.exists(key) ? t(key) : fe.message;
      })
    : [];
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="study-check"
      title={describe(error)}
      description={
        findings.length ? (
          <ul className="plain-list">
            {findings.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
