import { Alert, App, Button, Card, Form, Space, Steps } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { describeFieldError } from '../../../api/errors';
import { useFileComplaint, useTaxonomy } from '../../../api/queries';
import type { Receipt } from '../../../api/types';
import { useDescribeError } from '../../../hooks/useNotifyError';
import { useLang } from '../../../i18n/useLang';
import { newUuid } from '../../../lib/uuid';
import { mapServerErrors, stepOf, STEP_FIELDS, toComplaintRequest, type ComplaintFormValues, type FieldName } from './model';
import { StepBusiness } from './StepBusiness';
import { StepConsumer } from './StepConsumer';
import { StepEvidence } from './StepEvidence';
import { StepFacts } from './StepFacts';
import { StepWish } from './StepWish';

const STEP_KEYS = ['who', 'business', 'what', 'want', 'evidence'] as const;
const LAST = STEP_KEYS.length - 1;

/** The first step holding one of the given fields, or null. */
function firstStepOf(names: FieldName[]): number | null {
  const steps = names.map(stepOf).filter((s): s is number => s !== null);
  return steps.length ? Math.min(...steps) : null;
}

/** The step-by-step complaint form; `onFiled` gets the receipt and the files to upload. */
export function ComplaintWizard({ onFiled }: { onFiled: (receipt: Receipt, files: File[]) => void }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<ComplaintFormValues>();
  const taxonomy = useTaxonomy();
  const fileComplaint = useFileComplaint();
  const [current, setCurrent] = useState(0);
  const [reached, setReached] = useState(0);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  // One key per form fill: a double click or a retry returns the first answer.
  const [idempotencyKey] = useState(newUuid);

  const go = (step: number) => {
    setCurrent(step);
    setReached((r) => Math.max(r, step));
    window.scrollTo?.({ top: 0, behavior: 'smooth' });
  };

  const next = async () => {
    try {
      await form.validateFields(STEP_FIELDS[current] as Parameters<typeof form.validateFields>[0]);
      go(current + 1);
    } catch {
      // the fields show their errors
    }
  };

  const submit = async () => {
    setError(null);
    let values: ComplaintFormValues;
    try {
      values = await form.validateFields();
    } catch (err) {
      const names = ((err as { errorFields?: { name: FieldName }[] }).errorFields ?? []).map((f) => f.name);
      const step = firstStepOf(names);
      if (step !== null) go(step);
      return;
    }
    fileComplaint.mutate(
      { body: toComplaintRequest(values, lang), idempotencyKey },
      {
        onSuccess: (receipt) => {
          onFiled(
            receipt,
            files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f),
          );
        },
        onError: (err) => {
          if (isApiError(err) && err.fieldErrors.length) {
            const mapped = mapServerErrors(err.fieldErrors, (fe) => describeFieldError(fe, t, (k) => i18n.exists(k)));
            form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
            if (mapped.firstStep !== null) go(mapped.firstStep);
            setError([describe(err), ...mapped.other].join(' '));
          } else {
            setError(describe(err));
          }
          void message.error(describe(err));
        },
      },
    );
  };

  const steps = STEP_KEYS.map((key, i) => ({
    key,
    title: t(`complain.step.${key}`),
    disabled: i > reached,
  }));

  return (
    <Card className="complain-card">
      <Steps
        className="complain-steps"
        size="small"
        current={current}
        items={steps}
        onChange={(s) => s <= reached && go(s)}
        responsive={false}
        titlePlacement="vertical"
        data-testid="complain-steps"
      />
      {error && <Alert type="error" showIcon title={error} className="complain-error" role="alert" data-testid="complain-error" />}
      <Form
        form={form}
        layout="vertical"
        name="complaint"
        requiredMark="optional"
        scrollToFirstError
        onValuesChange={(changed: Partial<ComplaintFormValues>) => {
          if (changed.consumer?.is_minor) form.setFieldValue(['consumer', 'age_band'], 'under_18');
        }}
        initialValues={{ consent_to_publish: false, tags: [] }}
      >
        <div hidden={current !== 0} data-step="0">
          <StepConsumer />
        </div>
        <div hidden={current !== 1} data-step="1">
          <StepBusiness />
        </div>
        <div hidden={current !== 2} data-step="2">
          <StepFacts taxonomy={taxonomy.data} />
        </div>
        <div hidden={current !== 3} data-step="3">
          <StepWish />
        </div>
        <div hidden={current !== 4} data-step="4">
          <StepEvidence files={files} onChange={setFiles} />
        </div>
        <Space className="complain-nav">
          {current > 0 && (
            <Button onClick={() => go(current - 1)} data-testid="complain-back">
              {t('complain.back')}
            </Button>
          )}
          {current < LAST ? (
            <Button type="primary" onClick={() => void next()} data-testid="complain-next">
              {t('complain.next')}
            </Button>
          ) : (
            <Button type="primary" onClick={() => void submit()} loading={fileComplaint.isPending} data-testid="complain-submit">
              {t('complain.submit')}
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );
}
