import { Card, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyCases } from '../../../api/queries';
import { StatusTag } from '../../../components/case/StatusTag';
import { formatDate } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';

/** The complaints a logged-in consumer filed under their account. */
export function MyCasesCard({ onPick }: { onPick: (trackingNumber: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const cases = useMyCases(true);
  const items = cases.data?.items ?? [];
  return (
    <Card title={t('track.myCases')} size="small" loading={cases.isPending} data-testid="my-cases">
      {items.length === 0 ? (
        <Empty description={t('track.myCasesEmpty')} />
      ) : (
        <Flex vertical gap={8}>
          {items.map((c) => (
            <button
              key={c.id}
              type="button"
              className="my-case"
              onClick={() => onPick(c.tracking_number)}
              data-testid="my-case"
            >
              <Space size={6} wrap>
                <Typography.Text strong>{c.tracking_number}</Typography.Text>
                <StatusTag status={c.status} />
                <Typography.Text type="secondary">{formatDate(c.received_at, lang)}</Typography.Text>
              </Space>
              <Typography.Text ellipsis className="my-case-title">
                {c.title}
              </Typography.Text>
            </button>
          ))}
        </Flex>
      )}
    </Card>
  );
}
