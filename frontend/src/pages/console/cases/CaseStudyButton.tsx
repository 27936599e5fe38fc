import { FileTextOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDraftStudy, useStaffStudies } from '../../../api/studyQueries';
import type { Case } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';

const MEDIATED = new Set(['agreement', 'business_remedied', 'failed', 'terminated']);

/**
 * On a case closed after mediation: open its case study, or draft one (domain rule: the
 * consumer must have consented to publication). The study list holds the newest 200; a case
 * whose history says it was drafted but whose study is older leads to the list instead.
 */
export function CaseStudyButton({ c, canWork, drafted }: { c: Case; canWork: boolean; drafted: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotifyError();
  const mediated = c.status === 'closed' && !!c.outcome && MEDIATED.has(c.outcome);
  const studies = useStaffStudies('');
  const draft = useDraftStudy();
  if (!mediated || !canWork) return null;
  const existing = studies.data?.find((s) => s.case_id === c.id);
  if (existing || (drafted && studies.isSuccess)) {
    return (
      <Button
        icon={<FileTextOutlined />}
        onClick={() => navigate(existing ? `/console/studies/${existing.id}` : '/console/studies')}
        data-testid="open-study"
      >
        {t('studies.open')}
      </Button>
    );
  }
  const button = (
    <Button
      icon={<FileTextOutlined />}
      disabled={!c.consent_to_publish || studies.isPending}
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
