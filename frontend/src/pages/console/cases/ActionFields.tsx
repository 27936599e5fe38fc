import { Alert, Form, Input, Select, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssociations, useTaxonomy } from '../../../api/queries';
import { MEDIATION_OUTCOMES, type Association, type LangCode } from '../../../api/types';
import { localName, pickName } from '../../../i18n/localize';
import { useLang } from '../../../i18n/useLang';
import { isAmount } from '../../../lib/validators';

/** A reason, required for request_information and the clock actions, optional for reopen. */
export function ReasonField({ label, required }: { label: string; required: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="reason"
      label={label}
      rules={[
        { required, whitespace: true, message: t('action.reasonRequired') },
        { max: 1000, message: t('complain.tooLong', { max: 1000 }) },
      ]}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
    </Form.Item>
  );
}

/** The ground for not accepting, each shown with the rule it rests on. */
export function RejectFields() {
  const { t } = useTranslation();
  const lang = useLang();
  const taxonomy = useTaxonomy();
  const reasons = taxonomy.data?.reject_reasons ?? [];
  const picked = Form.useWatch('reason_code') as string | undefined;
  const basis = reasons.find((r) => r.code === picked)?.basis;
  return (
    <>
      <Form.Item
        name="reason_code"
        label={t('action.rejectReason')}
        rules={[{ required: true, message: t('action.rejectReasonRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={taxonomy.isPending}
          placeholder={t('action.rejectReasonPlaceholder')}
          options={reasons.map((r) => ({ value: r.code, label: pickName(r.names, lang, r.code), basis: pickName(r.basis, lang) }))}
          optionRender={(o) => (
            <div className="reason-option">
              <div>{o.label}</div>
              <Typography.Text type="secondary" className="reason-basis">
                {(o.data as { basis?: string }).basis}
              </Typography.Text>
            </div>
          )}
          popupMatchSelectWidth={false}
          className="full-width"
          data-testid="reject-reason"
        />
      </Form.Item>
      {basis && <Alert type="info" showIcon title={t('action.basis')} description={pickName(basis, lang)} className="form-alert" />}
    </>
  );
}

interface TreeNode {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeNode[];
}

function toTree(list: Association[], current: string, lang: LangCode): TreeNode[] {
  return list.map((a) => ({
    value: a.code,
    title: `${localName(a, lang)} (${a.code})`,
    disabled: a.code === current,
    children: a.children?.length ? toTree(a.children, current, lang) : undefined,
  }));
}

/** The association to transfer the case to. */
export function TransferFields({ current }: { current: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const associations = useAssociations();
  const tree = useMemo(() => toTree(associations.data ?? [], current, lang), [associations.data, current, lang]);
  return (
    <Form.Item
      name="target_association"
      label={t('action.transferTarget')}
      rules={[{ required: true, message: t('action.transferTargetRequired') }]}
    >
      <TreeSelect
        treeData={tree}
        treeDefaultExpandAll
        loading={associations.isPending}
        showSearch
        treeNodeFilterProp="title"
        className="full-width"
      />
    </Form.Item>
  );
}

/** How mediation ended; an agreement needs its terms, and may say what was recovered. */
export function CloseFields() {
  const { t } = useTranslation();
  const outcome = Form.useWatch('outcome') as string | undefined;
  return (
    <>
      <Form.Item name="outcome" label={t('action.outcome')} rules={[{ required: true, message: t('action.outcomeRequired') }]}>
        <Select
          options={MEDIATION_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
          data-testid="close-outcome"
        />
      </Form.Item>
      {outcome === 'agreement' && (
        <>
          <Form.Item
            name="terms"
            label={t('agreement.terms')}
            rules={[
              { required: true, whitespace: true, message: t('agreement.termsRequired') },
              { max: 5000, message: t('complain.tooLong', { max: 5000 }) },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="close-terms" />
          </Form.Item>
          <AmountField name="amount_recovered" label={t('agreement.amount')} />
        </>
      )}
      {outcome === 'failed' && <Alert type="info" showIcon title={t('action.failedHint')} className="form-alert" />}
    </>
  );
}

/** A decimal yuan amount, optional. */
export function AmountField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        {
          validator: (_, v: string | undefined) =>
            !v?.trim() || isAmount(v) ? Promise.resolve() : Promise.reject(new Error(t('complain.amountInvalid'))),
        },
      ]}
    >
      <Input prefix="¥" inputMode="decimal" placeholder="1299.00" data-testid={`${name}-input`} />
    </Form.Item>
  );
}
