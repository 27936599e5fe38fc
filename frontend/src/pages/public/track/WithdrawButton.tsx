import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdraw } from '../../../api/queries';
import { useNotifyError } from '../../../hooks/useNotifyError';

/** Withdraws the complaint, after a confirmation with an optional reason. */
export function WithdrawButton({ tn, code }: { tn: string; code: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notify = useNotifyError();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const withdraw = useWithdraw(tn, code);
  const confirm = async () => {
    const { reason } = await form.validateFields();
    withdraw.mutate((reason ?? '').trim(), {
      onSuccess: () => {
        setOpen(false);
        void message.success(t('track.withdrawn'));
      },
      onError: (err) => notify(err),
    });
  };
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="withdraw">
        {t('track.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('track.withdrawTitle')}
        okText={t('track.withdrawConfirm')}
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        cancelText={t('common.cancel')}
        onOk={() => void confirm()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('track.withdrawBody')}</p>
        <Form form={form} layout="vertical" name="withdraw" preserve={false}>
          <Form.Item name="reason" label={t('track.withdrawReason')} rules={[{ max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
