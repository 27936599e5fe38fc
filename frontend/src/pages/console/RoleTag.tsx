import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';

const COLORS: Record<Role, string> = { admin: 'volcano', supervisor: 'blue', mediator: 'green' };

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[role] ?? 'default'}>{t(`roles.${role}`, { defaultValue: role })}</Tag>;
}
