import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { useDescribeError } from '../../../hooks/useNotifyError';

/** Why the last step was refused: the publish check's findings, one per line, each with the
 * field and the text it found there. */
export function PublishCheck({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  if (!error) return null;
  const findings = isApiError(error)
    ? error.fieldErrors.map((fe) => {
        const key = `studies.check.${fe.code}`;
        if (fe.span && fe.code === 'placeholder_in_title') return t(key, { text: fe.span.text });
        if (fe.span) {
          return t('studies.check.finding', {
            field: t(`studies.field.${fe.field}`, { defaultValue: fe.field }),
            kind: t(`piiType.${fe.span.type}`, { defaultValue: fe.span.type }),
            text: fe.span.text,
          });
        }
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
