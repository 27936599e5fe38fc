import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Flex, Grid, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLatestNotifications, useMarkNotificationsRead } from '../../api/notificationQueries';
import type { Me } from '../../api/types';
import { useNotifyError } from '../../hooks/useNotifyError';
import { NotificationItems } from './NotificationItems';
import { useOpenNotification } from './useOpenNotification';

const NOTIFICATIONS_PATH = '/console/notifications';

/**
 * The header's bell: the unread count, and on click the newest notices (a popover on wider
 * screens, a drawer on phones, where a popover would not fit beside the bell).
 */
export function NotificationBell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  const [open, setOpen] = useState(false);
  const latest = useLatestNotifications();
  const markRead = useMarkNotificationsRead();
  const notifyError = useNotifyError();
  const openNotification = useOpenNotification(me);
  const unread = latest.data?.unread ?? 0;
  const label = t('notifications.bell', { count: unread });

  const markAll = (
    <Button
      size="small"
      type="link"
      disabled={unread === 0}
      loading={markRead.isPending}
      onClick={() => markRead.mutate({ all: true }, { onError: (err) => notifyError(err) })}
      data-testid="notifications-mark-all"
    >
      {t('notifications.markAll')}
    </Button>
  );

  const body = (
    <div data-testid="notification-panel">
      {latest.isPending ? (
        <Spin className="notification-panel-spin" />
      ) : latest.isError ? (
        <Typography.Text type="danger">{t('notifications.loadFailed')}</Typography.Text>
      ) : (
        <NotificationItems
          compact
          items={latest.data.items}
          onOpen={(n) => {
            void openNotification(n).then((opened) => opened && setOpen(false));
          }}
        />
      )}
      <Button
        block
        type="text"
        className="notification-panel-all"
        onClick={() => {
          setOpen(false);
          void navigate(NOTIFICATIONS_PATH);
        }}
        data-testid="notifications-all"
      >
        {t('notifications.all')}
      </Button>
    </div>
  );

  const bell = (
    <Button
      type="text"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      data-unread={latest.isSuccess ? unread : undefined}
      className="notification-bell"
      onClick={phone ? () => setOpen(true) : undefined}
    >
      <Badge count={unread} size="small" overflowCount={99}>
        <BellOutlined className="notification-bell-icon" />
      </Badge>
    </Button>
  );

  if (phone) {
    return (
      <>
        {bell}
        <Drawer open={open} onClose={() => setOpen(false)} title={t('notifications.title')} extra={markAll} size="100%">
          {body}
        </Drawer>
      </>
    );
  }
  return (
    <Popover
      content={
        <div className="notification-panel">
          <Flex justify="space-between" align="center" gap={8} className="notification-panel-head">
            <Typography.Text strong>{t('notifications.title')}</Typography.Text>
            {markAll}
          </Flex>
          {body}
        </div>
      }
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      arrow={false}
    >
      {bell}
    </Popover>
  );
}
