import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Case } from '../../../api/types';
import { DeadlineBadge } from '../../../components/case/DeadlineBadge';
import { StatusTag, WaitingTag } from '../../../components/case/StatusTag';
import { useTaxonomyNames } from '../../../components/case/useNames';
import { formatDate, localName } from '../../../i18n/localize';
import { chinaToday } from '../../../lib/deadline';

/** The inbox rows: deadline, status, tracking number, title, category, association, received, assignee. */
export function CaseTable({
  cases,
  loading,
  meId,
  linkTo,
}: {
  cases: Case[];
  loading: boolean;
  meId: number;
  linkTo: (c: Case) => string;
}) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const lang = names.lang;
  const today = chinaToday();
  const columns: TableColumnsType<Case> = [
    { title: t('inbox.col.deadline'), key: 'deadline', width: 160, render: (_, c) => <DeadlineBadge c={c} today={today} /> },
    {
      title: t('inbox.col.status'),
      key: 'status',
      width: 110,
      render: (_, c) => (
        <>
          <StatusTag status={c.status} />
          <WaitingTag waitingOn={c.waiting_on} />
        </>
      ),
    },
    {
      title: t('inbox.col.trackingNumber'),
      key: 'tn',
      width: 150,
      className: 'tn-cell',
      render: (_, c) => (
        <Link to={linkTo(c)} data-testid="case-link">
          {c.tracking_number}
        </Link>
      ),
    },
    {
      title: t('inbox.col.title'),
      key: 'title',
      render: (_, c) => (
        <Link to={linkTo(c)} className="case-title-link">
          <Typography.Text ellipsis={{ tooltip: c.title }}>{c.title}</Typography.Text>
        </Link>
      ),
    },
    { title: t('inbox.col.category'), key: 'category', width: 140, ellipsis: true, render: (_, c) => names.category(c.category) },
    {
      title: t('inbox.col.association'),
      key: 'association',
      width: 150,
      ellipsis: true,
      render: (_, c) => localName(c.association, lang),
    },
    { title: t('inbox.col.received'), key: 'received', width: 120, className: 'tn-cell', render: (_, c) => formatDate(c.received_at, lang) },
    {
      title: t('inbox.col.assignee'),
      key: 'assignee',
      width: 110,
      render: (_, c) =>
        c.assignee_id === null ? (
          <Typography.Text type="secondary">{t('case.unassigned')}</Typography.Text>
        ) : c.assignee_id === meId ? (
          t('case.me')
        ) : (
          (c.assignee_name ?? t('case.staffNumber', { id: c.assignee_id }))
        ),
    },
  ];
  return (
    <Table<Case>
      rowKey="id"
      columns={columns}
      dataSource={cases}
      loading={loading}
      pagination={false}
      scroll={{ x: 1100 }}
      size="middle"
      locale={{ emptyText: t('inbox.empty') }}
      data-testid="cases-table"
    />
  );
}
