import { TeamOutlined } from '@ant-design/icons';
import { Card, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAssociations, useDivisionNamer } from '../../api/queries';
import type { Association, LangCode } from '../../api/types';
import { localName } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';
import { QueryError } from './QueryError';

interface Row {
  key: string;
  code: string;
  name: string;
  divisions: string[];
  children?: Row[];
}

function toRows(list: Association[], lang: LangCode): Row[] {
  return list.map((a) => ({
    key: a.code,
    code: a.code,
    name: localName(a, lang),
    divisions: a.divisions ?? [],
    children: a.children?.length ? toRows(a.children, lang) : undefined,
  }));
}

const MAX_DIVISIONS = 8;

/** The divisions an association covers, by name in the UI language (the code on hover). */
function Divisions({ codes }: { codes: string[] }) {
  const shown = codes.slice(0, MAX_DIVISIONS);
  const name = useDivisionNamer(shown);
  return (
    <Space size={[4, 4]} wrap>
      {shown.map((c) => (
        <Tag key={c} title={c}>
          {name(c)}
        </Tag>
      ))}
      {codes.length > shown.length && <Tag>+{codes.length - shown.length}</Tag>}
    </Space>
  );
}

export function AssociationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const associations = useAssociations();
  const rows = useMemo(() => toRows(associations.data ?? [], lang), [associations.data, lang]);

  const columns: TableColumnsType<Row> = [
    {
      title: t('associations.code'),
      dataIndex: 'code',
      width: 200,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { title: t('associations.name'), dataIndex: 'name' },
    {
      title: t('associations.divisions'),
      dataIndex: 'divisions',
      render: (codes: string[]) => <Divisions codes={codes} />,
    },
    {
      title: t('associations.actions'),
      key: 'actions',
      width: 120,
      render: (_: unknown, row: Row) => (
        <Link to={`/console/associations/${encodeURIComponent(row.code)}/members`}>
          <TeamOutlined /> {t('associations.members')}
        </Link>
      ),
    },
  ];

  if (associations.isError) {
    return <QueryError error={associations.error} onRetry={() => void associations.refetch()} />;
  }

  return (
    <>
      <div className="page-toolbar">
        <Typography.Title level={3}>{t('associations.title')}</Typography.Title>
      </div>
      <Card>
        {associations.isPending ? (
          <Skeleton active />
        ) : (
          <Table<Row>
            rowKey="key"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{ defaultExpandAllRows: true }}
            locale={{ emptyText: t('associations.empty') }}
            data-testid="associations-table"
          />
        )}
      </Card>
    </>
  );
}
