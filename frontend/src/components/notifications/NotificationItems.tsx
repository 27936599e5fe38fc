import { Badge, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppNotification } from '../../api/types';
import { formatDateTime } from '../../i18n/localize';
import { useLang } from '../../i18n/useLang';

/** The body as one paragraph, so the bell's two lines show its substance rather than a greeting's blank line. */
const oneParagraph = (body: string) => body.replace(/\s*\n\s*/g, ' ');

/** Notices, newest first; an unread one is marked with a dot and a bold subject. */
export function NotificationItems({
  items,
  onOpen,
  compact = false,
}: {
  items: AppNotification[];
  onOpen: (n: AppNotification) => void;
  /** two lines of body (the bell) rather than all of it (the list page) */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />;
  return (
    <Flex vertical gap={6}>
      {items.map((n) => (
        <button
          key={n.id}
          type="button"
          className={`notification-item${n.read_at ? '' : ' notification-unread'}`}
          onClick={() => onOpen(n)}
          data-testid="notification-item"
          data-unread={n.read_at ? undefined : 'true'}
        >
          <span className="notification-subject">
            {!n.read_at && <Badge status="processing" aria-label={t('notifications.unreadMark')} />}
            <Typography.Text strong={!n.read_at} ellipsis={compact}>
              {n.subject}
            </Typography.Text>
          </span>
          {n.body && (
            <Typography.Paragraph type="secondary" className="notification-body" ellipsis={compact ? { rows: 2 } : false}>
              {compact ? oneParagraph(n.body) : n.body}
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary" className="notification-time">
            {formatDateTime(n.created_at, lang)}
          </Typography.Text>
        </button>
      ))}
    </Flex>
  );
}
