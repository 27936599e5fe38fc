import { App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTransition } from '../../../api/queries';
import type { Case, Outcome, StaffAction, TransitionRequest } from '../../../api/types';
import { CloseFields, ReasonField, RejectFields, TransferFields } from './ActionFields';
import { useCaseErrors } from './useCaseErrors';

interface Values {
  reason?: string;
  reason_code?: string;
  target_association?: string;
  outcome?: Outcome;
  terms?: string;
  amount_recovered?: string;
}

const FIELDS = ['reason', 'reason_code', 'target_association', 'outcome', 'terms', 'amount_recovered'];

/** The request for an action from the form. Closing with an unchanged proposed agreement keeps it (and its acceptances). */
export function transitionBody(action: StaffAction, v: Values, c: Pick<Case, 'agreement'>): TransitionRequest {
  const body: TransitionRequest = { action };
  const reason = v.reason?.trim();
  switch (action) {
    case 'reject':
      body.reason_code = v.reason_code;
      if (reason) body.reason = reason;
      break;
    case 'transfer':
      body.target_association = v.target_association;
      if (reason) body.reason = reason;
      break;
    case 'request_information':
    case 'pause_clock':
    case 'resume_clock':
    case 'reopen':
      if (reason) body.reason = reason;
      break;
    case 'close': {
      body.outcome = v.outcome;
      if (v.outcome === 'agreement') {
        const terms = v.terms?.trim() ?? '';
        const amount = v.amount_recovered?.trim() ?? '';
        const proposed = c.agreement;
        const unchanged = !!proposed && proposed.terms === terms && Number(proposed.amount_recovered) === Number(amount || 0);
        if (!unchanged) body.agreement = { terms, ...(amount ? { amount_recovered: amount } : {}) };
      }
      break;
    }
  }
  return body;
}

/** Closing after a proposal starts from it. */
function closeDefaults(c: Pick<Case, 'agreement'>): Values {
  if (!c.agreement) return {};
  return { outcome: 'agreement', terms: c.agreement.terms, amount_recovered: c.agreement.amount_recovered };
}

/** Confirms an action on the case, with the form the action needs, and sends it with If-Match. */
export function ActionModal({ c, action, onClose }: { c: Case; action: StaffAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const transition = useTransition(c.id);
  const onError = useCaseErrors();

  const submit = async () => {
    if (!action) return;
    const values = await form.validateFields();
    transition.mutate(transitionBody(action, values, c), {
      onSuccess: () => {
        void message.success(t('action.done', { action: t(`action.${action}.label`) }));
        onClose();
      },
      onError: (err) => {
        if (onError(err, { instance: form, fields: FIELDS })) onClose();
      },
    });
  };

  return (
    <Modal
      open={!!action}
      title={action ? t(`action.${action}.title`) : ''}
      okText={action ? t(`action.${action}.label`) : ''}
      okButtonProps={{ danger: action === 'reject', loading: transition.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      className="action-modal"
    >
      {action && (
        <>
          <Typography.Paragraph>{t(`action.${action}.confirm`)}</Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            name={`action-${action}`}
            preserve={false}
            requiredMark={false}
            initialValues={action === 'close' ? closeDefaults(c) : undefined}
          >
            {action === 'reject' && <RejectFields />}
            {action === 'reject' && <ReasonField label={t('action.rejectExplanation')} required={false} />}
            {action === 'transfer' && <TransferFields current={c.association.code} />}
            {action === 'transfer' && <ReasonField label={t('action.reason')} required={false} />}
            {action === 'request_information' && <ReasonField label={t('action.missingWhat')} required />}
            {(action === 'pause_clock' || action === 'resume_clock') && <ReasonField label={t('action.reason')} required />}
            {action === 'reopen' && <ReasonField label={t('action.reason')} required={false} />}
            {action === 'close' && <CloseFields />}
          </Form>
        </>
      )}
    </Modal>
  );
}
