import { Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStaff } from '../ConsoleLayout';
import { CalendarCard } from './CalendarCard';
import { DeadlineRulesCard } from './DeadlineRulesCard';

/** /console/settings: association deadline rules (admins) and the working-day calendar (platform admins edit it). */
export function SettingsPage() {
  const { t } = useTranslation();
  const me = useStaff();
  const admin = me.is_platform_admin || (me.memberships ?? []).some((m) => m.role === 'admin');
  if (!admin) return <Result status="403" title="403" subTitle={t('settings.adminsOnly')} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="settings">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <DeadlineRulesCard me={me} />
      <CalendarCard editable={me.is_platform_admin} />
    </Space>
  );
}
