import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StudyStatus } from '../../../api/types';
import { STUDY_STATUS_COLORS } from './studyRules';

export function StudyStatusTag({ status }: { status: StudyStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STUDY_STATUS_COLORS[status]} data-testid="study-status">
      {t(`studyStatus.${status}`)}
    </Tag>
  );
}
