import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnonymizedSpan } from '../../../api/types';
import { segments } from './highlight';

/** The text with each anonymizer placeholder marked, and what it replaced on hover. */
export function AnonymizedText({ text, spans }: { text: string; spans?: AnonymizedSpan[] | null }) {
  const { t } = useTranslation();
  return (
    <Typography.Paragraph className="anonymized-text" data-testid="anonymized-text">
      {segments(text, spans).map((s, i) =>
        s.kind === 'text' ? (
          <span key={i}>{s.text}</span>
        ) : (
          <Tooltip
            key={i}
            title={
              s.original
                ? t('studies.replacedWhat', { kind: t(`piiType.${s.type}`, { defaultValue: s.type }), original: s.original })
                : t(`piiType.${s.type}`, { defaultValue: s.type })
            }
          >
            <mark className="anonymized-mark" data-type={s.type} tabIndex={0}>
              {s.text}
            </mark>
          </Tooltip>
        ),
      )}
    </Typography.Paragraph>
  );
}
