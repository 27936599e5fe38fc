import { SendOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAddNote } from '../../../api/queries';
import type { NoteRecipient, NoteRequest, NoteVisibility } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';

interface Values {
  body: string;
  visibility: NoteVisibility;
  to: NoteRecipient;
}

/** An internal note, or a message to the consumer, the business or both. */
export function NoteComposer({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [form] = Form.useForm<Values>();
  const add = useAddNote(caseId);
  const visibility = Form.useWatch('visibility', form);
  const onFinish = (v: Values) => {
    const body: NoteRequest = { body: v.body.trim(), visibility: v.visibility };
    if (v.visibility === 'parties') body.to = v.to;
    add.mutate(body, {
      onSuccess: () => {
        form.resetFields(['body']);
        void message.success(v.visibility === 'internal' ? t('note.savedInternal') : t('note.sent'));
      },
      onError: (err) => notify(err, { instance: form, fields: ['body', 'visibility', 'to'] }),
    });
  };
  return (
    <Form
      form={form}
      name="note"
      layout="vertical"
      requiredMark={false}
      initialValues={{ visibility: 'internal', to: 'both' }}
      onFinish={onFinish}
      className={visibility === 'internal' ? 'note-composer note-internal' : 'note-composer'}
      data-testid="note-composer"
    >
      <Space wrap size={8} className="note-options">
        <Form.Item name="visibility" noStyle>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="small"
            options={[
              { value: 'internal', label: t('note.internal') },
              { value: 'parties', label: t('note.parties') },
            ]}
          />
        </Form.Item>
        {visibility === 'parties' && (
          <Form.Item name="to" noStyle>
            <Select
              size="small"
              className="note-to"
              aria-label={t('note.to')}
              options={(['both', 'consumer', 'business'] as const).map((r) => ({ value: r, label: t(`recipient.${r}`) }))}
            />
          </Form.Item>
        )}
      </Space>
      <Form.Item
        name="body"
        rules={[
          { required: true, whitespace: true, message: t('note.required') },
          { max: 5000, message: t('complain.tooLong', { max: 5000 }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          placeholder={visibility === 'internal' ? t('note.placeholderInternal') : t('note.placeholderParties')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={add.isPending}>
        {visibility === 'internal' ? t('note.save') : t('note.send')}
      </Button>
    </Form>
  );
}
