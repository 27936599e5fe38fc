import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBusinessAnswer } from '../../../api/queries';
import type { AnswerRequest } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';

/** The business answers the complaint, and may propose a remedy. */
export function AnswerForm({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [form] = Form.useForm<AnswerRequest>();
  const answer = useBusinessAnswer(caseId);
  const onFinish = (v: AnswerRequest) =>
    answer.mutate(
      { body: v.body.trim(), proposed_remedy: v.proposed_remedy?.trim() || undefined },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('business.answered'));
        },
        onError: (err) => notify(err, { instance: form, fields: ['body', 'proposed_remedy'] }),
      },
    );
  return (
    <Card size="small" title={t('business.answerTitle')} data-testid="answer-form">
      <Form form={form} name="answer" layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item
          name="body"
          label={t('business.answer')}
          rules={[
            { required: true, whitespace: true, message: t('business.answerRequired') },
            { max: 5000, message: t('complain.tooLong', { max: 5000 }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.Item
          name="proposed_remedy"
          label={t('business.remedy')}
          extra={t('business.remedyHelp')}
          rules={[{ max: 5000, message: t('complain.tooLong', { max: 5000 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={answer.isPending}>
          {t('business.send')}
        </Button>
      </Form>
    </Card>
  );
}
