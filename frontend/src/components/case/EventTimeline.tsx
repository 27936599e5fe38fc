import { LockOutlined } from '@ant-design/icons';
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../api/types';
import { formatDateTime } from '../../i18n/localize';
import { eventDetails, type EventContext } from './eventDetails';
import { useTaxonomyNames } from './useNames';

const COLORS: Record<string, string> = {
  created: 'blue',
  accept: 'green',
  reject: 'red',
  close: 'green',
  withdraw: 'gray',
  reopen: 'orange',
  agreement_accepted: 'green',
  agreement_refused: 'red',
  request_information: 'orange',
  pause_clock: 'gray',
};

export interface EventTimelineProps {
  events: CaseEvent[];
  /** names associations by code */
  associationName?: (code: string) => string;
  /** names staff users by ID */
  userName?: (id: number) => string;
  attachment?: EventContext['attachment'];
  /** newest first (the staff console) or oldest first */
  newestFirst?: boolean;
}

/** A case's history: each event with its label, who acted, when, and what it carried. */
export function EventTimeline({ events, associationName, userName, attachment, newestFirst }: EventTimelineProps) {
  const { t } = useTranslation();
  const names = useTaxonomyNames();
  const ctx: EventContext = {
    t,
    lang: names.lang,
    rejectReason: names.rejectReason,
    associationName: associationName ?? ((code) => code),
    userName: userName ?? ((id) => t('case.staffNumber', { id })),
    attachment,
  };
  if (events.length === 0) return <Empty description={t('events.empty')} />;
  const sorted = [...events].sort((a, b) => (newestFirst ? b.seq - a.seq : a.seq - b.seq));
  const items = sorted.map((e) => {
    const internal = e.visibility === 'internal';
    const who: ReactNode = e.actor?.name
      ? `${e.actor.name} · ${t(`actor.${e.actor.kind}`, { defaultValue: e.actor.kind })}`
      : t(`actor.${e.actor?.kind ?? 'system'}`, { defaultValue: e.actor?.kind ?? '' });
    return {
      key: e.id,
      color: internal ? 'gray' : (COLORS[e.type] ?? 'blue'),
      icon: internal ? <LockOutlined className="event-internal-icon" /> : undefined,
      content: (
        <div className={internal ? 'event event-internal' : 'event'} data-testid="event" data-type={e.type}>
          <Space size={[6, 0]} wrap className="event-head">
            <Typography.Text strong>{t(`eventType.${e.type}`, { defaultValue: t('events.other') })}</Typography.Text>
            {internal && (
              <Tag color="default" icon={<LockOutlined />}>
                {t('events.internal')}
              </Tag>
            )}
            <Typography.Text type="secondary" className="event-meta">
              {who} · {formatDateTime(e.at, names.lang)}
            </Typography.Text>
          </Space>
          {eventDetails(e, ctx)}
        </div>
      ),
    };
  });
  return <Timeline items={items} className="event-timeline" data-testid="timeline" />;
}
