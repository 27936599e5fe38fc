import { FileTextOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDraftStudy, useStudyOfCase } from '../../../api/studyQueries';
import type { Case } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';

const MEDIATED = new Set(['agreement', 'business_remedied', 'failed', 'terminated']);

/**
 * On a case closed after mediation: open its case study, or draft one (domain rule: the
 * consumer must have consented to publication).
 */
export function CaseStudyButton({ c, canWork }: { c: Case; canWork: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotifyError();
  const mediated = c.status === 'closed' && !!c.outcome && MEDIATED.has(c.outcome);
  const study = useStudyOfCase(c.id, mediated && canWork);
  const draft = useDraftStudy();
  if (!mediated || !canWork) return null;
  const existing = study.data?.study;
  if (existing) {
    return (
      <Button icon={<FileTextOutlined />} onClick={() => navigate(`/console/studies/${existing.id}`)} data-testid="open-study">
        {t('studies.open')}
      </Button>
    );
  }
  const button = (
    <Button
      icon={<FileTextOutlined />}
      disabled={!c.consent_to_publish || study.isPending}
      loading={draft.isPending}
      data-testid="draft-study"
      onClick={() =>
        draft.mutate(c.id, {
          onSuccess: (data) => navigate(`/console/studies/${data.study.id}`),
          onError: (err) => notify(err),
        })
      }
    >
      {t('studies.draft')}
    </Button>
  );
  return c.consent_to_publish ? button : <Tooltip title={t('studies.noConsent')}>{button}</Tooltip>;
}
