import { App, Button, Card, Form, Input, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRate } from '../../../api/queries';
import type { Case, RatingRequest } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';
import { formatDateTime } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';

/** After closure: 1 to 5 stars and a comment, given once; then the rating as given. */
export function RatingCard({ c, tn, code }: { c: Case; tn: string; code: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [form] = Form.useForm<RatingRequest>();
  const rate = useRate(tn, code);
  if (c.status !== 'closed') return null;
  const onFinish = (v: RatingRequest) =>
    rate.mutate(
      { score: v.score, comment: v.comment?.trim() || undefined },
      {
        onSuccess: () => void message.success(t('rating.thanks')),
        onError: (err) => notify(err, { instance: form, fields: ['score', 'comment'] }),
      },
    );
  if (c.rating) {
    return (
      <Card title={t('rating.title')} size="small" data-testid="rating-card">
        <Typography.Paragraph type="secondary" data-testid="rating-current">
          {t('rating.current', { score: c.rating.score, at: formatDateTime(c.rating.at, lang) })}
        </Typography.Paragraph>
        <Rate className="rating-stars" disabled value={c.rating.score} />
        {c.rating.comment && <Typography.Paragraph className="pre-wrap">{c.rating.comment}</Typography.Paragraph>}
      </Card>
    );
  }
  return (
    <Card title={t('rating.title')} size="small" data-testid="rating-card">
      <Form form={form} name="rating" layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item name="score" label={t('rating.score')} rules={[{ required: true, message: t('rating.scoreRequired') }]}>
          <Rate className="rating-stars" />
        </Form.Item>
        <Form.Item name="comment" label={t('rating.comment')} rules={[{ max: 1000, message: t('complain.tooLong', { max: 1000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="rating-submit">
          {t('rating.submit')}
        </Button>
      </Form>
    </Card>
  );
}
