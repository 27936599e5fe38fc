import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProposeAgreement } from '../../../api/queries';
import type { AgreementRequest, Case } from '../../../api/types';
import { AgreementSummary } from '../../../components/case/AgreementSummary';
import { AmountField } from './ActionFields';
import { useCaseErrors } from './useCaseErrors';

/** The settlement proposed in mediation and whether the parties accepted; staff propose or revise it. */
export function AgreementPanel({ c, canWork }: { c: Case; canWork: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useCaseErrors();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AgreementRequest>();
  const propose = useProposeAgreement(c.id);
  const mediating = c.status === 'in_mediation';
  if (!mediating && !c.agreement) return null;

  const submit = async () => {
    const v = await form.validateFields();
    propose.mutate(
      { terms: v.terms.trim(), amount_recovered: v.amount_recovered?.trim() || undefined },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(t('agreement.proposed'));
        },
        onError: (err) => {
          if (onError(err, { instance: form, fields: ['terms', 'amount_recovered'] })) setOpen(false);
        },
      },
    );
  };

  return (
    <Card
      size="small"
      title={t('agreement.title')}
      extra={
        mediating && canWork ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="propose-agreement">
            {c.agreement ? t('agreement.revise') : t('agreement.propose')}
          </Button>
        ) : null
      }
      data-testid="agreement-panel"
    >
      {c.agreement ? (
        <AgreementSummary agreement={c.agreement} mediating={mediating} />
      ) : (
        <Empty description={t('agreement.none')} />
      )}
      <Modal
        open={open}
        title={c.agreement ? t('agreement.revise') : t('agreement.propose')}
        okText={t('agreement.send')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: propose.isPending }}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="agreement"
          preserve={false}
          requiredMark={false}
          initialValues={{ terms: c.agreement?.terms, amount_recovered: c.agreement?.amount_recovered }}
        >
          <Form.Item
            name="terms"
            label={t('agreement.terms')}
            rules={[
              { required: true, whitespace: true, message: t('agreement.termsRequired') },
              { max: 5000, message: t('complain.tooLong', { max: 5000 }) },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <AmountField name="amount_recovered" label={t('agreement.amount')} />
        </Form>
      </Modal>
    </Card>
  );
}
