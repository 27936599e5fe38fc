import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Case, Me, Member, StaffAction } from '../../../api/types';
import { CaseDeadlines } from '../../../components/case/CaseDeadlines';
import { DeadlineBadge } from '../../../components/case/DeadlineBadge';
import { OutcomeTag, StatusTag, WaitingTag } from '../../../components/case/StatusTag';
import { formatDateTime, localName, pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { AssigneeControl } from './AssigneeControl';
import { CaseActions } from './CaseActions';
import type { CaseRights } from './permissions';

/** Tracking number, status, deadlines, assignee and the actions on the case. */
export function CaseHeader({
  c,
  me,
  rights,
  members,
  actions,
  userName,
}: {
  c: Case;
  me: Me;
  rights: CaseRights;
  members: Member[] | undefined;
  actions: StaffAction[];
  userName: (id: number) => string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const items: DescriptionsProps['items'] = [
    { key: 'association', label: t('case.association'), children: localName(c.association, lang) },
    { key: 'received', label: t('case.received'), children: formatDateTime(c.received_at, lang) },
    {
      key: 'assignee',
      label: t('case.assignee'),
      children: <AssigneeControl c={c} me={me} rights={rights} members={members} userName={userName} />,
    },
  ];
  if (c.reject_reason) {
    items.push({
      key: 'reject',
      label: t('track.rejectReason'),
      children: (
        <span>
          {pickName(c.reject_reason.names, lang)}
          <Typography.Text type="secondary" className="block">
            {pickName(c.reject_reason.basis, lang)}
          </Typography.Text>
        </span>
      ),
    });
  }
  return (
    <Card className="case-header" data-testid="case-header">
      <Space size={[8, 6]} wrap className="case-header-ids">
        <Typography.Title level={4} copyable className="case-tn" data-testid="case-tracking-number">
          {c.tracking_number}
        </Typography.Title>
        <StatusTag status={c.status} />
        <WaitingTag waitingOn={c.waiting_on} />
        {c.outcome && <OutcomeTag outcome={c.outcome} />}
        <DeadlineBadge c={c} placeholder={null} />
        {c.possible_duplicate_of && (
          <Link to={`/console/cases/${c.possible_duplicate_of}`}>
            <Tag color="warning">{t('case.possibleDuplicate')}</Tag>
          </Link>
        )}
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} items={items} className="case-header-facts" />
      <CaseDeadlines c={c} column={{ xs: 1, md: 3 }} showRunning={false} />
      <CaseActions c={c} actions={actions} />
    </Card>
  );
}
