import { ArrowLeftOutlined, DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  ancestry,
  flattenAssociations,
  useAssociations,
  useMembers,
  useRemoveMember,
  useSetMemberRole,
} from '../../api/queries';
import { ROLES } from '../../api/types';
import type { AddMemberRequest, AddMemberResponse, Me, Member, Role } from '../../api/types';
import { useNotifyError } from '../../hooks/useNotifyError';
import { formatDateTime, localName } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';
import { AddMemberModal } from './AddMemberModal';
import { useStaff } from './ConsoleLayout';
import { QueryError } from './QueryError';
import { RoleTag } from './RoleTag';

/** Platform admins and admins of this association or an ancestor may manage members. */
function canManage(me: Me, chain: string[]): boolean {
  if (me.is_platform_admin) return true;
  return (me.memberships ?? []).some((m) => m.role === 'admin' && chain.includes(m.association.code));
}

/** One's own membership cannot be changed here (the server refuses: own_membership). */
function RoleSelect({ code, member, self }: { code: string; member: Member; self: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const setRole = useSetMemberRole(code);
  return (
    <Select<Role>
      size="small"
      style={{ width: 140 }}
      value={member.role}
      loading={setRole.isPending}
      disabled={self || setRole.isPending}
      aria-label={t('members.role')}
      options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      onChange={(role) =>
        setRole.mutate(
          { userId: member.user.id, role },
          { onSuccess: () => void message.success(t('members.roleChanged')), onError: (err) => notify(err) },
        )
      }
    />
  );
}

function RemoveButton({ code, member, self }: { code: string; member: Member; self: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const remove = useRemoveMember(code);
  return (
    <Popconfirm
      title={t('members.removeConfirm', { name: member.user.name || member.user.email })}
      okText={t('members.remove')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      disabled={self}
      onConfirm={() =>
        remove.mutateAsync(member.user.id).then(
          () => void message.success(t('members.removed')),
          (err: unknown) => notify(err),
        )
      }
    >
      <Button
        type="link"
        danger
        size="small"
        icon={<DeleteOutlined />}
        loading={remove.isPending}
        disabled={self}
      >
        {t('members.remove')}
      </Button>
    </Popconfirm>
  );
}

export function MembersPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const lang = useLang();
  const navigate = useNavigate();
  const me = useStaff();
  const members = useMembers(code);
  const associations = useAssociations();
  const [adding, setAdding] = useState(false);

  const roots = associations.data ?? [];
  const association = useMemo(() => flattenAssociations(roots).find((a) => a.code === code), [roots, code]);
  const fromMembership = me.memberships?.find((m) => m.association.code === code)?.association;
  const ref = association ?? fromMembership;
  const title = ref ? localName(ref, lang) : code;
  const manage = canManage(me, ancestry(roots, code));

  const onAdded = (res: AddMemberResponse, req: AddMemberRequest) => {
    setAdding(false);
    void message.success(t('members.added'));
    if (res.temporary_password) {
      const user = res.member?.user ?? { name: req.name, email: req.email };
      modal.success({
        title: t('members.tempPasswordTitle'),
        okText: t('common.ok'),
        content: (
          <>
            <Typography.Paragraph>
              {t('members.tempPasswordBody', { name: user.name, email: user.email })}
            </Typography.Paragraph>
            <Typography.Text code copyable className="temp-password" data-testid="temp-password">
              {res.temporary_password}
            </Typography.Text>
          </>
        ),
      });
    }
  };

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/console/associations')}>
      {t('members.back')}
    </Button>
  );

  if (members.isError) {
    return (
      <QueryError
        error={members.error}
        onRetry={() => void members.refetch()}
        forbidden={t('members.forbidden')}
        notFound={t('members.notFound')}
        backTo="/console/associations"
        backLabel={t('members.back')}
      />
    );
  }

  const columns: TableColumnsType<Member> = [
    { title: t('members.name'), key: 'name', render: (_, m) => m.user.name },
    { title: t('members.email'), key: 'email', render: (_, m) => m.user.email },
    {
      title: t('members.role'),
      key: 'role',
      render: (_, m) =>
        manage ? <RoleSelect code={code} member={m} self={m.user.id === me.id} /> : <RoleTag role={m.role} />,
    },
    { title: t('members.joined'), key: 'joined', render: (_, m) => formatDateTime(m.created_at, lang) },
  ];
  if (manage) {
    columns.push({
      title: t('members.actions'),
      key: 'actions',
      width: 120,
      render: (_, m) => <RemoveButton code={code} member={m} self={m.user.id === me.id} />,
    });
  }

  return (
    <>
      <div className="page-toolbar">
        <Space wrap>
          {back}
          <Typography.Title level={3}>{t('members.title', { name: title })}</Typography.Title>
        </Space>
        {manage && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
            {t('members.add')}
          </Button>
        )}
      </div>
      <Card>
        <Table<Member>
          rowKey={(m) => m.user.id}
          columns={columns}
          dataSource={members.data ?? []}
          loading={members.isPending}
          pagination={{ hideOnSinglePage: true, pageSize: 50 }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('members.empty') }}
          data-testid="members-table"
        />
      </Card>
      {manage && (
        <AddMemberModal code={code} open={adding} onClose={() => setAdding(false)} onAdded={onAdded} />
      )}
    </>
  );
}
