import { CalendarOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddSession } from '../../../api/queries';
import { SESSION_MODES, type SessionMode } from '../../../api/types';
import { useNotifyError } from '../../../hooks/useNotifyError';

interface Values {
  at: Dayjs;
  mode: SessionMode;
  participants: string;
  result?: string;
}

/** Records a mediation session: when, how, who took part, what came of it. */
export function SessionButton({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const add = useAddSession(caseId);
  const submit = async () => {
    const v = await form.validateFields();
    add.mutate(
      { at: v.at.toISOString(), mode: v.mode, participants: v.participants.trim(), result: v.result?.trim() || undefined },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t('session.recorded'));
        },
        onError: (err) => notify(err, { instance: form, fields: ['at', 'mode', 'participants', 'result'] }),
      },
    );
  };
  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)}>
        {t('session.record')}
      </Button>
      <Modal
        open={open}
        title={t('session.title')}
        okText={t('session.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: add.isPending }}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="session" preserve={false} requiredMark={false} initialValues={{ mode: 'phone' }}>
          <Form.Item name="at" label={t('session.at')} rules={[{ required: true, message: t('session.atRequired') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" className="full-width" />
          </Form.Item>
          <Form.Item name="mode" label={t('session.mode')} rules={[{ required: true }]}>
            <Select options={SESSION_MODES.map((m) => ({ value: m, label: t(`sessionMode.${m}`) }))} />
          </Form.Item>
          <Form.Item
            name="participants"
            label={t('session.participants')}
            rules={[{ required: true, whitespace: true, message: t('session.participantsRequired') }]}
          >
            <Input placeholder={t('session.participantsPlaceholder')} />
          </Form.Item>
          <Form.Item name="result" label={t('session.result')} rules={[{ max: 5000, message: t('complain.tooLong', { max: 5000 }) }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
