import { Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStaffStudies } from '../../../api/studyQueries';
import { STUDY_STATUSES, type StaffCaseStudy, type StudyStatus } from '../../../api/types';
import { formatDateTime, localName, pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { useStaff } from '../ConsoleLayout';
import { QueryError } from '../QueryError';
import { StudyStatusTag } from './StudyStatusTag';

/** /console/studies: the case studies of the caller's associations, by state. */
export function StudiesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useStaff();
  // Approvers start with what awaits review, mediators with their drafts.
  const approver = (me.memberships ?? []).some((m) => m.role === 'supervisor' || m.role === 'admin');
  const [status, setStatus] = useState<StudyStatus | ''>(approver ? 'submitted' : 'draft');
  const studies = useStaffStudies(status);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="studies">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('studies.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('studies.intro')}
      </Typography.Paragraph>
      <div className="scroll-x">
        <Segmented<StudyStatus | ''>
          value={status}
          onChange={setStatus}
          data-testid="studies-status"
          options={[
            ...STUDY_STATUSES.map((s) => ({ value: s, label: t(`studyStatus.${s}`) })),
            { value: '', label: t('studies.all') },
          ]}
        />
      </div>
      {studies.isError ? (
        <QueryError error={studies.error} onRetry={() => void studies.refetch()} />
      ) : (
        <Table<StaffCaseStudy>
          rowKey="id"
          loading={studies.isPending}
          dataSource={studies.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          data-testid="studies-table"
          locale={{ emptyText: t('studies.empty') }}
          columns={[
            {
              title: t('studies.colTitle'),
              dataIndex: 'title',
              render: (title: string, s) => (
                <Link to={`/console/studies/${s.id}`} data-testid="study-link">
                  {title}
                </Link>
              ),
            },
            { title: t('studies.colStatus'), dataIndex: 'status', render: (v: StudyStatus) => <StudyStatusTag status={v} /> },
            {
              title: t('studies.colCategory'),
              key: 'category',
              render: (_, s) => pickName(s.facts.category_names, lang, s.facts.category),
            },
            {
              title: t('studies.colAssociation'),
              key: 'association',
              render: (_, s) => (s.association ? localName(s.association, lang) : ''),
            },
            { title: t('studies.colUpdated'), dataIndex: 'updated_at', render: (v: string) => formatDateTime(v, lang) },
          ]}
        />
      )}
    </Space>
  );
}
