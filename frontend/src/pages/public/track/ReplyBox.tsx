import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTrackMessage } from '../../../api/queries';
import type { Case } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';

const MAX = 5000;

/** The consumer writes to the association; answering a request for information restarts the clock. */
export function ReplyBox({ c, tn, code }: { c: Case; tn: string; code: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [form] = Form.useForm<{ body: string }>();
  const send = useTrackMessage(tn, code);
  const onFinish = ({ body }: { body: string }) =>
    send.mutate(body.trim(), {
      onSuccess: () => {
        form.resetFields();
        void message.success(t('track.replySent'));
      },
      onError: (err) => notify(err, { instance: form, fields: ['body'] }),
    });
  return (
    <Card title={t('track.replyTitle')} size="small" data-testid="reply-box">
      {c.waiting_on === 'consumer' && (
        <Alert type="warning" showIcon title={t('track.infoRequested')} className="form-alert" />
      )}
      <Form form={form} name="reply" onFinish={onFinish} layout="vertical" requiredMark={false}>
        <Form.Item
          name="body"
          rules={[
            { required: true, whitespace: true, message: t('track.replyRequired') },
            { max: MAX, message: t('complain.tooLong', { max: MAX }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder={t('track.replyPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={send.isPending}>
          {t('track.replySend')}
        </Button>
      </Form>
    </Card>
  );
}
