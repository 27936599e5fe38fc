import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAssign } from '../../../api/queries';
import type { Case, Me, Member } from '../../../api/types';
import { useCaseErrors } from './useCaseErrors';
import { mayClaim, type CaseRights } from './permissions';

/** Who holds the case; claim it when unassigned, or (supervisors, admins) pick a member. */
export function AssigneeControl({
  c,
  me,
  rights,
  members,
  userName,
}: {
  c: Case;
  me: Me;
  rights: CaseRights;
  members: Member[] | undefined;
  userName: (id: number) => string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useCaseErrors();
  const assign = useAssign(c.id);
  const set = (assigneeId: number | null) =>
    assign.mutate(assigneeId, {
      onSuccess: () => void message.success(assigneeId === me.id ? t('case.claimed') : t('case.assigned')),
      onError: (err) => onError(err),
    });

  const current =
    c.assignee_id === null ? (
      <Typography.Text type="secondary">{t('case.unassigned')}</Typography.Text>
    ) : (
      <Typography.Text data-testid="assignee">{c.assignee_name ?? userName(c.assignee_id)}</Typography.Text>
    );

  return (
    <Space size={8} wrap>
      {rights.reassign && c.status !== 'closed' ? (
        <Select<number | 'none'>
          size="small"
          value={c.assignee_id ?? 'none'}
          loading={assign.isPending || !members}
          onChange={(v) => set(v === 'none' ? null : v)}
          className="assignee-select"
          aria-label={t('case.assignee')}
          options={[
            { value: 'none', label: t('case.unassigned') },
            ...(members ?? []).map((m) => ({ value: m.user.id, label: `${m.user.name} · ${t(`roles.${m.role}`)}` })),
          ]}
        />
      ) : (
        current
      )}
      {mayClaim(c, rights) && (
        <Button
          size="small"
          type="primary"
          icon={<UserAddOutlined />}
          loading={assign.isPending}
          onClick={() => set(me.id)}
          data-testid="claim"
        >
          {t('case.claim')}
        </Button>
      )}
    </Space>
  );
}
