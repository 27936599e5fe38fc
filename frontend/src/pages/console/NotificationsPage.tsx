import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMarkNotificationsRead, useNotificationList } from '../../api/notificationQueries';
import { NotificationItems } from '../../components/notifications/NotificationItems';
import { useOpenNotification } from '../../components/notifications/useOpenNotification';
import { useNotifyError } from '../../hooks/useNotifyError';
import { useStaff } from './ConsoleLayout';
import { QueryError } from './QueryError';

/** /console/notifications: every notice of the signed-in user (staff, business or consumer), newest first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useStaff();
  const list = useNotificationList();
  const markRead = useMarkNotificationsRead();
  const notifyError = useNotifyError();
  const openNotification = useOpenNotification(me);
  const items = list.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  const open = (n: Parameters<typeof openNotification>[0]) =>
    void openNotification(n).then((opened) => {
      if (!opened && n.case_id !== null) void message.info(t('notifications.noCasePage'));
    });

  return (
    <div className="narrow-page" data-testid="notifications-page">
      <div className="page-toolbar">
        <Typography.Title level={3}>{t('notifications.title')}</Typography.Title>
        <Button
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate({ all: true }, { onError: (err) => notifyError(err) })}
          data-testid="notifications-page-mark-all"
        >
          {t('notifications.markAll')}
        </Button>
      </div>
      <Card size="small">
        {list.isPending ? (
          <Skeleton active />
        ) : list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Flex vertical gap={12}>
            <Typography.Text type="secondary">{t('notifications.unreadCount', { count: unread })}</Typography.Text>
            <NotificationItems items={items} onOpen={open} />
            {list.hasNextPage && (
              <div className="load-more">
                <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} data-testid="notifications-more">
                  {t('notifications.loadMore')}
                </Button>
              </div>
            )}
          </Flex>
        )}
      </Card>
    </div>
  );
}
