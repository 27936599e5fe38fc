import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { useDescribeError } from '../../../hooks/useNotifyError';
import { findingContext } from './highlight';

/** Why the last step was refused: the publish check's findings, one per line, each with the
 * field and the text it found there, marked in its context when the field's text is known. */
export function PublishCheck({
  error,
  texts = {},
  onClose,
}: {
  error: unknown;
  /** the study's fields as the check read them, by field name */
  texts?: Record<string, string | undefined>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  if (!error) return null;
  const findings: ReactNode[] = isApiError(error)
    ? error.fieldErrors.map((fe, i) => {
        const key = `studies.check.${fe.code}`;
        if (!fe.span) return <li key={i}>{i18n.exists(key) ? t(key) : fe.message}</li>;
        const what =
          fe.code === 'placeholder_in_title'
            ? t(key, { text: fe.span.text })
            : t('studies.check.finding', {
                field: t(`studies.field.${fe.field}`, { defaultValue: fe.field }),
                kind: t(`piiType.${fe.span.type}`, { defaultValue: fe.span.type }),
                text: fe.span.text,
              });
        const text = texts[fe.field];
        const at = text !== undefined ? findingContext(text, fe.span.start, fe.span.end) : null;
        return (
          <li key={i} data-testid="study-finding" data-field={fe.field} data-type={fe.span.type}>
            {what}
            {at && at.found === fe.span.text && (
              <Typography.Text type="secondary" className="finding-context">
                {' '}
                {at.before}
                <mark className="anonymized-mark" data-type="finding">
                  {at.found}
                </mark>
                {at.after}
              </Typography.Text>
            )}
          </li>
        );
      })
    : [];
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="study-check"
      title={describe(error)}
      description={findings.length ? <ul className="plain-list">{findings}</ul> : undefined}
    />
  );
}
